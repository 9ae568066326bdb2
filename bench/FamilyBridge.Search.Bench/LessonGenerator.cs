using System.Text;
using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Bench;

/// <summary>
/// Deterministic lessons that look like the curriculum to the index: 20 modules, titles and 500–900-word bodies
/// drawn from the curriculum's vocabulary, with topic words (naloxone, Al-Anon, enabling…) spread unevenly.
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

    public static IReadOnlyList<SearchDocument> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var module = i % 20;
            var topic = Topics[random.Next(Topics.Length)];
            var second = Topics[random.Next(Topics.Length)];
            var title = $"{Capitalise(topic)} and {second}: lesson {i}";
            documents.Add(new SearchDocument
            {
                ContentItemId = $"lesson{i:D6}",
                ContentType = i % 25 == 0 ? "Resource" : "Lesson",
                Title = title,
                Path = $"module-{module}/lesson-{i}",
                Summary = Sentence(random, 18, topic),
                Body = Body(random, random.Next(500, 900), topic, second),
                Objectives = Sentence(random, 10, topic) + "\n" + Sentence(random, 10, second),
                Takeaways = Sentence(random, 12, topic),
                Questions = "Which of these is an example of " + topic + "?",
                ModuleKey = $"module-{module}",
                ModuleTitle = $"Module {module}: {Capitalise(Topics[module % Topics.Length])}",
            });
        }

        return documents;
    }

    private static string Body(Random random, int words, string topic, string second)
    {
        var text = new StringBuilder(words * 7);
        while (words > 0)
        {
            var length = random.Next(8, 20);
            text.Append(Sentence(random, length, random.Next(3) == 0 ? topic : second)).Append(' ');
            words -= length;
        }

        return text.ToString();
    }

    private static string Sentence(Random random, int words, string topic)
    {
        var text = new StringBuilder();
        var topicAt = random.Next(words);
        for (var w = 0; w < words; w++)
        {
            text.Append(w == topicAt ? topic : Words[random.Next(Words.Length)]).Append(w == words - 1 ? ". " : " ");
        }

        return Capitalise(text.ToString().TrimEnd());
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
