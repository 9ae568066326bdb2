namespace FamilyBridge.Tests.Curriculum;

/// <summary>The pieces the reading-level guard is built from, checked on inputs with known answers.</summary>
public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("a", 1)]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("make", 1)]        // silent e
    [InlineData("hope", 1)]
    [InlineData("free", 1)]        // -ee is not silent
    [InlineData("table", 2)]       // consonant + le
    [InlineData("little", 2)]
    [InlineData("people", 2)]
    [InlineData("water", 2)]
    [InlineData("family", 3)]      // y as a vowel
    [InlineData("recovery", 4)]
    [InlineData("helped", 1)]      // silent -ed
    [InlineData("wanted", 2)]      // -ed after t is spoken
    [InlineData("needed", 2)]      // -ed after d is spoken
    [InlineData("makes", 1)]       // silent -es
    [InlineData("boxes", 2)]       // -es after x is spoken
    [InlineData("places", 2)]      // -es after c is spoken
    [InlineData("treatment", 2)]
    [InlineData("naloxone", 3)]
    [InlineData("medication", 4)]
    [InlineData("boundaries", 3)]
    [InlineData("understanding", 4)]
    [InlineData("Recovery!", 4)]   // case and punctuation are ignored
    [InlineData("988", 1)]         // no letters: at least 1
    public void Syllable_counter_matches_known_words(string word, int expected) =>
        Assert.Equal(expected, Readability.CountSyllables(word));

    [Fact]
    public void Plain_text_drops_markdown_syntax_and_ends_every_block_as_a_sentence()
    {
        const string markdown = """
            ## What to do

            Call **911** and *stay* with them. See [the CDC page](https://www.cdc.gov/) for more.
            This line wraps the same paragraph

            - Give `naloxone`
            - Stay calm:
            1. First step
            """;

        var plain = Readability.ToPlainText(markdown);

        Assert.Equal(
            "What to do.\nCall 911 and stay with them. See the CDC page for more. This line wraps the same paragraph.\nGive naloxone.\nStay calm.\nFirst step.",
            plain);
    }

    [Fact]
    public void Words_and_sentences_are_counted_on_plain_text()
    {
        const string plain = "You are not alone. Help is free, e.g. the helpline at 988!\nIt's okay to rest.";

        Assert.Equal(16, Readability.Words(plain).Count); // "e.g." is one word
        Assert.Equal(3, Readability.CountSentences(plain)); // "e.g." is not a sentence end
    }

    [Fact]
    public void Grade_follows_the_flesch_kincaid_formula()
    {
        // 9 words, 2 sentences, 10 syllables (only "resting" has two): 0.39 × 9/2 + 11.8 × 10/9 − 15.59
        const string markdown = "The cat sat. The dog is resting on mats.";

        Assert.Equal((0.39 * 9 / 2) + (11.8 * 10 / 9) - 15.59, Readability.FleschKincaidGrade(markdown), precision: 6);
    }

    [Fact]
    public void Long_sentences_and_long_words_read_at_a_higher_grade()
    {
        const string easy = "You can help. Stay calm. Call for help if you need it. Rest when you can.";
        const string hard = "Comprehensive pharmacological interventions, administered concurrently with evidence-based psychotherapeutic modalities, substantially ameliorate physiological dependence.";

        Assert.True(Readability.FleschKincaidGrade(easy) < 3);
        Assert.True(Readability.FleschKincaidGrade(hard) > 12);
    }

    [Theory]
    [InlineData("1-800-662-HELP", "18006624357")]
    [InlineData("(800) 662-4357", "8006624357")]
    [InlineData("1-800-487-4889", "18004874889")]
    public void Phone_numbers_are_read_as_keypad_digits(string phone, string digits) =>
        Assert.Equal(digits, CurriculumGuard.KeypadDigits(phone));
}
