using System.Text;
using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Bench;

/// <summary>
/// Deterministic lessons that look like the curriculum to the index: 20 modules, titles and 500–900-word bodies
/// drawn from the curriculum's vocabulary, with topic words (naloxone, Al-Anon, enabling…) spread unevenly. The
/// Spanish set has the same shape in the Spanish curriculum's words (naloxona, Al-Anon, facilitar…), culture <c>es</c>.
/// </summary>
internal static class LessonGenerator
{
    private static readonly string[] Topics =
    [
        "naloxone", "overdose", "enabling", "boundaries", "Al-Anon", "Nar-Anon", "relapse", "recurrence", "treatment",
        "buprenorphine", "methadone", "medicines", "lockbox", "take-back", "disposal", "crisis", "988", "CRAFT",
        "communication", "listening", "consequences", "money", "siblings", "partners", "grandparents", "milestones",
        "detox", "counseling", "support group", "self-care", "guilt", "shame", "trust", "fentanyl", "alcohol",
    ];

    private static readonly string[] Words =
    [
        "family", "loved", "one", "recovery", "help", "support", "feel", "talk", "home", "time", "care", "safe",
        "plan", "person", "use", "change", "week", "day", "meeting", "call", "doctor", "friend", "parent", "child",
        "worry", "hope", "calm", "step", "choice", "learn", "practice", "notice", "kind", "honest", "rest", "sleep",
        "routine", "work", "school", "money", "house", "phone", "night", "morning", "listen", "answer", "question",
        "group", "counselor", "program", "health", "stress", "anger", "fear", "love", "patience", "progress", "setback",
    ];

    private static readonly string[] SpanishTopics =
    [
        "naloxona", "sobredosis", "facilitar", "límites", "Al-Anon", "Nar-Anon", "recaída", "volver a consumir",
        "tratamiento", "buprenorfina", "metadona", "medicamentos", "pastillas", "caja con llave", "desechar", "crisis",
        "988", "CRAFT", "comunicación", "escuchar", "consecuencias", "dinero", "hermanos", "pareja", "abuelos", "logros",
        "desintoxicación", "consejería", "grupo de apoyo", "cuidarse", "culpa", "vergüenza", "confianza", "fentanilo",
        "alcohol",
    ];

    private static readonly string[] SpanishWords =
    [
        "familia", "ser", "querido", "recuperación", "ayuda", "apoyo", "sentir", "hablar", "casa", "tiempo", "cuidado",
        "seguro", "plan", "persona", "consumo", "cambio", "semana", "día", "reunión", "llamar", "médico", "amigo", "madre",
        "hijo", "preocupación", "esperanza", "calma", "paso", "decisión", "aprender", "practicar", "notar", "amable",
        "honesto", "descanso", "dormir", "rutina", "trabajo", "escuela", "dinero", "hogar", "teléfono", "noche", "mañana",
        "escuchar", "respuesta", "pregunta", "grupo", "consejero", "programa", "salud", "estrés", "enojo", "miedo",
        "cariño", "paciencia", "progreso", "tropiezo",
    ];

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 42) => Generate(count, seed, spanish: false);

    public static IReadOnlyList<SearchDocument> GenerateSpanish(int count, int seed = 42) => Generate(count, seed, spanish: true);

    private static List<SearchDocument> Generate(int count, int seed, bool spanish)
    {
        var (topics, words, and, lesson, prefix, culture) = spanish
            ? (SpanishTopics, SpanishWords, "y", "lección", "es/", "es")
            : (Topics, Words, "and", "lesson", "", "en");
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var module = i % 20;
            var topic = topics[random.Next(topics.Length)];
            var second = topics[random.Next(topics.Length)];
            var title = $"{Capitalise(topic)} {and} {second}: {lesson} {i}";
            documents.Add(new SearchDocument
            {
                ContentItemId = spanish ? $"es-lesson{i:D6}" : $"lesson{i:D6}",
                ContentType = i % 25 == 0 ? "Resource" : "Lesson",
                Title = title,
                Path = $"{prefix}module-{module}/lesson-{i}",
                Summary = Sentence(random, words, 18, topic),
                Body = Body(random, words, random.Next(500, 900), topic, second),
                Objectives = Sentence(random, words, 10, topic) + "\n" + Sentence(random, words, 10, second),
                Takeaways = Sentence(random, words, 12, topic),
                Questions = (spanish ? "¿Cuál de estos es un ejemplo de " : "Which of these is an example of ") + topic + "?",
                ModuleKey = $"{prefix}module-{module}",
                ModuleTitle = $"{(spanish ? "Módulo" : "Module")} {module}: {Capitalise(topics[module % topics.Length])}",
                Culture = culture,
            });
        }

        return documents;
    }

    private static string Body(Random random, string[] vocabulary, int words, string topic, string second)
    {
        var text = new StringBuilder(words * 7);
        while (words > 0)
        {
            var length = random.Next(8, 20);
            text.Append(Sentence(random, vocabulary, length, random.Next(3) == 0 ? topic : second)).Append(' ');
            words -= length;
        }

        return text.ToString();
    }

    private static string Sentence(Random random, string[] vocabulary, int words, string topic)
    {
        var text = new StringBuilder();
        var topicAt = random.Next(words);
        for (var w = 0; w < words; w++)
        {
            text.Append(w == topicAt ? topic : vocabulary[random.Next(vocabulary.Length)]).Append(w == words - 1 ? ". " : " ");
        }

        return Capitalise(text.ToString().TrimEnd());
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
