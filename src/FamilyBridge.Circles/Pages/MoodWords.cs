namespace FamilyBridge.Circles.Pages;

/// <summary>The 1–5 mood scale of a check-in, in words.</summary>
public static class MoodWords
{
    private static readonly string[] Words = ["Very low", "Low", "Okay", "Good", "Very good"];

    public static IEnumerable<(int Value, string Word)> Scale() => Words.Select((word, i) => (i + 1, word));

    public static string Word(int? mood) => mood is int m and >= 1 and <= 5 ? Words[m - 1] : "Not said";
}
