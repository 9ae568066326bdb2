namespace FamilyBridge.Tests.Search;

/// <summary>Searches over the real curriculum recipes, as a parent at 2 a.m. would type them.</summary>
public sealed class CurriculumSearchTests : IAsyncLifetime
{
    private const string NaloxoneLesson = "trigger-proofing-the-home/naloxone-and-overdose";
    private const string LockUpLesson = "trigger-proofing-the-home/lock-up-count-and-dispose-of-medicines";
    private const string EnablingLesson = "enabling-or-supporting/what-enabling-looks-like";

    private IndexedContent _content = null!;

    public async Task InitializeAsync() => _content = await IndexedContent.CreateAsync(CurriculumRecipes.Items);

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("narcan")]
    [InlineData("Narcan")]
    [InlineData("naloxone")]
    [InlineData("nalaxone")]
    [InlineData("how do I use narcan")]
    [InlineData("overdose what to do")]
    public async Task Overdose_questions_find_the_naloxone_lesson_first(string query)
    {
        Assert.Equal(NaloxoneLesson, (await _content.PathsAsync(query))[0]);
    }

    [Theory]
    [InlineData("alanon")]
    [InlineData("al-anon")]
    [InlineData("Al Anon meetings")]
    public async Task Al_Anon_is_found_however_it_is_written(string query)
    {
        var results = await _content.SearchAsync(query);

        Assert.Contains("Al-Anon", results.Hits[0].Title.ToString());
    }

    [Fact]
    public async Task Naranon_finds_Nar_Anon()
    {
        var results = await _content.SearchAsync("naranon");

        Assert.Contains("Nar-Anon", results.Hits[0].Title.ToString());
    }

    [Theory]
    [InlineData("enabeling")]
    [InlineData("enabling")]
    [InlineData("am I enabling my son")]
    public async Task Enabling_finds_the_enabling_lesson_first(string query)
    {
        Assert.Equal(EnablingLesson, (await _content.PathsAsync(query))[0]);
    }

    [Theory]
    [InlineData("my son stole my pills")]
    [InlineData("lock up medicines")]
    public async Task Medicine_worries_find_the_lesson_on_locking_up_medicines(string query)
    {
        Assert.Equal(LockUpLesson, (await _content.PathsAsync(query))[0]);
    }

    [Fact]
    public async Task Nine_eight_eight_finds_the_crisis_lifeline_first()
    {
        Assert.Equal("resources/988-suicide-and-crisis-lifeline", (await _content.PathsAsync("988"))[0]);
        Assert.Equal("resources/988-suicide-and-crisis-lifeline", (await _content.PathsAsync("suicide"))[0]);
    }

    [Fact]
    public async Task Take_back_finds_where_to_dispose_of_medicines()
    {
        var paths = (await _content.PathsAsync("take back")).Take(3).ToList();

        Assert.Contains("resources/dea-take-back-day", paths);
    }

    [Theory]
    [InlineData("relapse")]
    [InlineData("MAT")]
    [InlineData("suboxone")]
    public async Task Clinical_words_find_the_lessons_in_person_first_language(string query)
    {
        var results = await _content.SearchAsync(query);

        Assert.True(results.Total > 0);
        Assert.Equal("Lesson", results.Hits[0].ContentType);
    }

    [Fact]
    public async Task Every_published_curriculum_item_is_indexed()
    {
        var published = CurriculumRecipes.Items.Count(i => i.Published && i.ContentType is "Lesson" or "Module" or "Resource" or "Page");
        var modules = await _content.Service.GetModulesAsync();

        Assert.Equal(CurriculumRecipes.Items.Count(i => i.Published && i.ContentType == "Module"), modules.Count);
        Assert.True(published > 30);
    }
}
