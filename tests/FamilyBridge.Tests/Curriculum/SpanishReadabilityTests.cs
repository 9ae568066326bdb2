namespace FamilyBridge.Tests.Curriculum;

/// <summary>The pieces of the Spanish reading-ease guard, checked on inputs with known answers.</summary>
public sealed class SpanishReadabilityTests
{
    [Theory]
    [InlineData("y", 1)]
    [InlineData("de", 1)]
    [InlineData("que", 1)]            // the u of "que" is silent
    [InlineData("guerra", 2)]         // gue-rra
    [InlineData("hoy", 1)]            // final y after a vowel is a vowel, in one diphthong
    [InlineData("muy", 1)]
    [InlineData("ayuda", 3)]          // a-yu-da: y before a vowel is a consonant
    [InlineData("casa", 2)]
    [InlineData("familia", 3)]        // fa-mi-lia: "ia" is a diphthong
    [InlineData("ciudad", 2)]         // ciu-dad: two weak vowels, one diphthong
    [InlineData("bueno", 2)]          // bue-no
    [InlineData("país", 2)]           // pa-ís: an accented í breaks the diphthong
    [InlineData("río", 2)]            // rí-o
    [InlineData("día", 2)]
    [InlineData("leer", 2)]           // le-er: two strong vowels
    [InlineData("cooperar", 4)]       // co-o-pe-rar
    [InlineData("Uruguay", 3)]        // u-ru-guay: a triphthong
    [InlineData("consumo", 3)]
    [InlineData("sustancias", 3)]     // sus-tan-cias
    [InlineData("naloxona", 4)]
    [InlineData("tratamiento", 4)]    // tra-ta-mien-to
    [InlineData("recuperación", 5)]   // re-cu-pe-ra-ción
    [InlineData("buprenorfina", 5)]
    [InlineData("Español!", 3)]       // case and punctuation are ignored
    [InlineData("988", 1)]            // no letters: at least 1
    public void Syllable_counter_matches_known_spanish_words(string word, int expected) =>
        Assert.Equal(expected, SpanishReadability.CountSyllables(word));

    [Fact]
    public void Words_keep_accented_letters_and_sentences_end_at_full_stops_question_and_exclamation_marks()
    {
        const string plain = "¿Cómo está usted? Llame al 988.\nNo está solo. ¡Hay ayuda!";

        Assert.Equal(["Cómo", "está", "usted", "Llame", "al", "988", "No", "está", "solo", "Hay", "ayuda"], SpanishReadability.Words(plain));
        Assert.Equal(4, SpanishReadability.CountSentences(plain));
    }

    [Fact]
    public void Index_follows_the_fernandez_huerta_formula()
    {
        // 8 words in 2 sentences: "El gato come. La familia vive en casa." = 1+2+2 + 1+3+2+1+2 = 14 syllables.
        const string markdown = "El gato come. La familia vive en casa.";

        var expected = 206.84 - (0.60 * 100.0 * 14 / 8) - (1.02 * 8 / 2);
        Assert.Equal(expected, SpanishReadability.FernandezHuerta(markdown), precision: 6);
    }

    [Fact]
    public void Long_sentences_and_long_words_read_as_harder()
    {
        const string easy = "Usted no está solo. Pida ayuda. Llame hoy. Hay gente que le quiere.";
        const string hard = "Las intervenciones farmacológicas multidisciplinarias, administradas simultáneamente con psicoterapias "
            + "fundamentadas científicamente, disminuyen considerablemente la dependencia fisiológica característica.";

        Assert.True(SpanishReadability.FernandezHuerta(easy) > 90);
        Assert.True(SpanishReadability.FernandezHuerta(hard) < 30);
    }
}
