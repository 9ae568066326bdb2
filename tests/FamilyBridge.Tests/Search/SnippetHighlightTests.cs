using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;

namespace FamilyBridge.Tests.Search;

/// <summary>What the snippet builder marks: the query's words, their stems and synonyms, and nothing else.</summary>
public sealed class SnippetHighlightTests
{
    private static readonly SearchAnalyzer Analyzer = new();
    private static readonly SynonymGroups Synonyms = SynonymGroups.LoadEmbedded(Analyzer);
    private static readonly SnippetBuilder Snippets = new(Analyzer);

    [Fact]
    public void A_word_marks_its_other_forms_and_no_other_word()
    {
        var marked = Marks("enabling", "Enabling can look like love. She enabled him; they enable each other. Supporting him is different.");

        Assert.Equal(["Enabling", "enabled", "enable"], marked);
    }

    [Fact]
    public void A_synonym_of_one_word_is_marked_and_a_synonym_of_several_words_only_as_the_whole_phrase()
    {
        var marked = Marks("naloxone", "Naloxone, also sold as Narcan, is an overdose reversal medicine. An overdose is an emergency, and reversal takes minutes.");

        Assert.Equal(["Naloxone", "Narcan", "overdose reversal"], marked);
    }

    [Fact]
    public void A_quoted_phrase_is_marked_where_its_words_stand_together_not_apart()
    {
        var marked = Marks("\"family support\"", "Family support groups meet weekly. Support for the whole family matters too.");

        Assert.Equal(["Family support"], marked);
    }

    [Fact]
    public void A_typed_phrase_with_a_synonym_marks_the_typed_words_and_the_synonym()
    {
        var marked = Marks("crisis line", "Call the 988 crisis lifeline. A crisis can pass; the line is open all day. Talk with a friend.");

        Assert.Equal(["988 crisis lifeline", "crisis", "line"], marked);
    }

    [Fact]
    public void Titles_are_marked_by_the_same_rules()
    {
        var title = Snippets.MarkAll("Naloxone and overdose: what to do", Terms("narcan"));

        Assert.Equal(["Naloxone"], title.Segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Equal("Naloxone and overdose: what to do", title.ToString());
    }

    [Fact]
    public void Near_spellings_are_marked_only_when_given()
    {
        var parsed = new SearchQueryParser(Analyzer).Parse("naloxne");

        Assert.Empty(MarkedIn(Snippets.Build("Naloxone saves lives.", HighlightTerms.For(parsed, Synonyms)).Text));
        Assert.Equal(["Naloxone"], MarkedIn(Snippets.Build("Naloxone saves lives.", HighlightTerms.For(parsed, Synonyms, ["naloxon"])).Text));
    }

    private static List<string> Marks(string query, string text) => MarkedIn(Snippets.Build(text, Terms(query)).Text);

    private static List<string> MarkedIn(HighlightedText text) => [.. text.Segments.Where(s => s.IsMatch).Select(s => s.Text)];

    private static HighlightTerms Terms(string query) => HighlightTerms.For(new SearchQueryParser(Analyzer).Parse(query), Synonyms);
}
