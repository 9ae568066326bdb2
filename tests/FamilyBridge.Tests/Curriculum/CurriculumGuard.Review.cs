using System.Globalization;

namespace FamilyBridge.Tests.Curriculum;

/// <summary>
/// Every lesson says when it was last reviewed and by whom (an editor role), and health advice that families rely
/// on is reviewed at least once a year: a lesson whose review is more than 12 months before the build date fails.
/// </summary>
internal static partial class CurriculumGuard
{
    public const int ReviewMonths = 12;

    /// <summary>A review date as the setup recipe's DateField stores it: an ISO 8601 date or date and time.</summary>
    public static DateOnly? ReviewedOn(CurriculumItem lesson) =>
        lesson.Json.Str("Lesson", "ReviewedOn", "Value") is { } value
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? DateOnly.FromDateTime(date.UtcDateTime)
            : null;

    public static List<string> ReviewProblems(CurriculumCatalog catalog, DateOnly today)
    {
        var problems = new List<string>();
        var oldest = today.AddMonths(-ReviewMonths);
        foreach (var lesson in catalog.OfType("Lesson"))
        {
            var raw = lesson.Json.Str("Lesson", "ReviewedOn", "Value");
            if (ReviewedOn(lesson) is not { } reviewed)
            {
                problems.Add(raw is null
                    ? $"{lesson.Where}: has no Lesson.ReviewedOn (a DateField: {{ \"Value\": \"yyyy-MM-dd\" }})."
                    : $"{lesson.Where}: Lesson.ReviewedOn \"{raw}\" is not a date (yyyy-MM-dd).");
            }
            else if (reviewed < oldest)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{lesson.Where}: was last reviewed on {reviewed:yyyy-MM-dd}, more than {ReviewMonths} months before {today:yyyy-MM-dd}; review it and update Lesson.ReviewedOn."));
            }
            else if (reviewed > today.AddDays(1))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{lesson.Where}: Lesson.ReviewedOn {reviewed:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd})."));
            }
            var reviewer = lesson.Json.Str("Lesson", "Reviewer", "Text");
            if (string.IsNullOrWhiteSpace(reviewer))
            {
                problems.Add($"{lesson.Where}: has no Lesson.Reviewer (who reviews, with the role, e.g. \"FamilyBridge editorial team (Editor)\").");
            }
            else if (!reviewer.Contains('(', StringComparison.Ordinal) || !reviewer.TrimEnd().EndsWith(')'))
            {
                problems.Add($"{lesson.Where}: Lesson.Reviewer \"{reviewer}\" does not name a role in brackets, e.g. \"FamilyBridge editorial team (Editor)\".");
            }
        }
        return problems;
    }
}
