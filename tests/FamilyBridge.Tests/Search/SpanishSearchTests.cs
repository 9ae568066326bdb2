using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Tests.Search;

/// <summary>
/// Search per language over the real English and Spanish curricula in one index folder: a Spanish reader's words
/// (naloxona, Alanon, pastillas) find Spanish pages, each reader sees only their language, and English results are
/// exactly what they were before the Spanish pages existed.
/// </summary>
public sealed class SpanishSearchTests : IAsyncLifetime
{
    private const string SpanishNaloxoneLesson = "es/un-hogar-con-menos-detonantes/naloxona-y-sobredosis";

    private IndexedContent _both = null!;
    private IndexedContent _englishOnly = null!;

    public async Task InitializeAsync()
    {
        _both = await IndexedContent.CreateAsync(CurriculumRecipes.Items.Concat(CurriculumRecipes.SpanishItems));
        _englishOnly = await IndexedContent.CreateAsync(CurriculumRecipes.Items);
    }

    public Task DisposeAsync()
    {
        _both.Dispose();
        _englishOnly.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("naloxona")]
    [InlineData("Naloxona")]
    [InlineData("narcan")]
    [InlineData("NARCAN")]
    [InlineData("naloxone")]
    [InlineData("nalosona")]
    [InlineData("cómo uso la naloxona")]
    public async Task Naloxona_and_narcan_find_the_spanish_naloxone_lesson_first_for_a_spanish_reader(string query)
    {
        Assert.Equal(SpanishNaloxoneLesson, (await _both.PathsAsync(query, "es"))[0]);
    }

    [Theory]
    [InlineData("alanon")]
    [InlineData("al-anon")]
    [InlineData("Al Anon")]
    public async Task Al_Anon_is_found_first_in_spanish_however_it_is_written(string query)
    {
        var first = (await _both.SearchAsync(query, culture: "es-MX")).Hits[0];

        Assert.Contains("Al-Anon", first.Title.ToString());
        Assert.StartsWith("/es/", first.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("narcan")]
    [InlineData("Al-Anon")]
    [InlineData("988")]
    [InlineData("fentanyl")]
    public async Task A_spanish_reader_gets_only_spanish_pages_and_an_english_reader_only_english_ones(string query)
    {
        var spanish = await _both.PathsAsync(query, "es");
        var english = await _both.PathsAsync(query, "en");

        Assert.NotEmpty(spanish);
        Assert.NotEmpty(english);
        Assert.All(spanish, path => Assert.StartsWith("es/", path, StringComparison.Ordinal));
        Assert.All(english, path => Assert.False(path.StartsWith("es/", StringComparison.Ordinal), $"{path} is a Spanish page in English results."));
    }

    [Theory]
    [InlineData("narcan")]
    [InlineData("how do I use narcan")]
    [InlineData("alanon")]
    [InlineData("am I enabling my son")]
    [InlineData("he stole my pills")]
    [InlineData("crisis line")]
    [InlineData("\"return to use\"")]
    [InlineData("nalaxone")]
    public async Task English_results_and_scores_are_unchanged_by_the_spanish_pages_indexed_beside_them(string query)
    {
        var before = await _englishOnly.SearchAsync(query);
        var after = await _both.SearchAsync(query);

        Assert.Equal(before.Total, after.Total);
        Assert.Equal(
            before.Hits.Select(h => (h.Url, h.Score, h.Snippet.ToString())),
            after.Hits.Select(h => (h.Url, h.Score, h.Snippet.ToString())));
    }

    [Fact]
    public async Task The_spanish_module_list_holds_the_six_spanish_modules_in_order()
    {
        var spanish = await _both.Service.GetModulesAsync("es");
        var english = await _both.Service.GetModulesAsync();

        Assert.Equal(6, spanish.Count);
        Assert.All(spanish, m => Assert.StartsWith("/es/", m.Url, StringComparison.Ordinal));
        Assert.Equal("/es/entender-el-consumo-de-sustancias", spanish[0].Url);
        Assert.Equal(6, english.Count);
        Assert.All(english, m => Assert.False(m.Url.StartsWith("/es/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Spanish_snippets_mark_the_spanish_word_the_reader_typed()
    {
        var results = await _both.SearchAsync("naloxona", culture: "es");

        var marks = results.Hits[0].Snippet.Segments.Where(s => s.IsMatch).Select(s => s.Text.ToLowerInvariant()).ToList();
        Assert.Contains("naloxona", marks);
    }

    [Theory]
    [InlineData("pastillas", "es/medicamentos")]
    [InlineData("pastilla", "es/medicamentos")]
    [InlineData("medicamentos", "es/pastillas")]
    [InlineData("medicinas", "es/pastillas")]
    public async Task Pastillas_and_medicamentos_find_each_other_in_spanish(string query, string expectedPath)
    {
        using var content = await IndexedContent.CreateAsync(
        [
            Spanish(SearchContent.Page("p-med", "Guardar en casa", "es/medicamentos", "Guarde los medicamentos en un lugar con llave.")),
            Spanish(SearchContent.Page("p-pas", "Contar cada semana", "es/pastillas", "Cuente las pastillas de cada frasco.")),
            Spanish(SearchContent.Page("p-otro", "Hablar con calma", "es/hablar", "Escoja un momento tranquilo para hablar.")),
        ]);

        var paths = await content.PathsAsync(query, "es");

        Assert.Contains(expectedPath, paths);
        Assert.DoesNotContain("es/hablar", paths);
    }

    [Theory]
    [InlineData("medicacion")]
    [InlineData("medicación")]
    [InlineData("recaida")]
    [InlineData("recaídas")]
    [InlineData("Niños")]
    [InlineData("ninos")]
    public async Task Spanish_words_match_with_or_without_accents_and_in_singular_or_plural(string query)
    {
        using var content = await IndexedContent.CreateAsync(
        [
            Spanish(SearchContent.Page("p-1", "La medicación, la recaída y los niños", "es/medicacion", "Una recaída no borra lo que su ser querido aprendió.")),
        ]);

        Assert.Equal(["es/medicacion"], await content.PathsAsync(query, "es"));
    }

    [Fact]
    public void The_spanish_analyzer_drops_spanish_stop_words_and_keeps_stems_without_accents()
    {
        var analyzer = new SearchAnalyzer(SearchCultures.Spanish);

        var terms = analyzer.Tokenize("¿Qué hago con las pastillas de mi niña?").Select(t => t.Term).ToList();

        Assert.Equal(["hago", "pastill", "nina"], terms);
    }

    private static ContentItem Spanish(ContentItem item)
    {
        item.Document["LocalizationPart"] = new JsonObject { ["LocalizationSet"] = "set-" + item.ContentItemId, ["Culture"] = "es" };
        return item;
    }
}
