namespace FamilyBridge.Tests.Search;

/// <summary>Whatever is typed or pasted, the answer is results or "no results", never an exception.</summary>
public sealed class SearchInputTests : IAsyncLifetime
{
    private IndexedContent _content = null!;

    public static TheoryData<string?> HostileInputs => new()
    {
        null,
        "",
        "   ",
        "\"",
        "\"naloxone",
        "naloxone\"",
        "\"\"",
        "\"unclosed phrase and more words",
        "*",
        "?",
        "nal*",
        "n?loxone",
        "AND",
        "AND OR NOT",
        "naloxone AND",
        "NOT naloxone",
        "title:naloxone",
        ":",
        "a:b:c",
        "+-&&||!(){}[]^\"~*?:\\/",
        "(naloxone",
        "naloxone)",
        "[1 TO 5]",
        "{a TO z}",
        "naloxone~2",
        "naloxone^10",
        "\\",
        "/regex/",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "😀",
        "🆘 narcan 🆘",
        "\u0000\u0001\u0002",
        "\ud83d",
        "ñaloxone café naïve",
        "наркан",
        "ナロキソン",
        "the of and to",
        new string('a', 10_000),
        string.Join(' ', Enumerable.Repeat("naloxone", 2_000)),
        string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "word" + i)),
        string.Concat(Enumerable.Repeat("\"a b\" ", 500)),
    };

    public async Task InitializeAsync() => _content = await IndexedContent.CreateAsync(SampleCurriculum.Items);

    public Task DisposeAsync()
    {
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Any_input_returns_results_or_none(string? query)
    {
        var results = await _content.SearchAsync(query);

        Assert.True(results.Total >= 0);
        Assert.True(results.Query.Length <= 200);
        Assert.Equal(results.Hits.Count, Math.Min(results.Total, 10));
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public async Task Any_filter_or_page_returns_results_or_none(string? value)
    {
        var results = await _content.SearchAsync("naloxone", module: value, type: value, page: value?.Length ?? -5);

        Assert.True(results.Total >= 0);
    }

    [Theory]
    [InlineData("🆘 narcan 🆘")]
    [InlineData("NOT naloxone")]
    [InlineData("naloxone AND")]
    [InlineData("\"naloxone")]
    [InlineData("title:naloxone")]
    [InlineData("(naloxone)")]
    public async Task Stray_syntax_is_read_as_words(string query)
    {
        Assert.Equal(SampleCurriculum.NaloxoneLesson, (await _content.PathsAsync(query))[0]);
    }

    [Fact]
    public async Task An_empty_query_is_not_a_search()
    {
        var results = await _content.SearchAsync("   ");

        Assert.True(results.IsEmptyQuery);
        Assert.Equal(0, results.Total);
    }
}
