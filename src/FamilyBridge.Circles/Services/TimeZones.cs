namespace FamilyBridge.Circles.Services;

/// <summary>IANA time zones as the server knows them; anything unknown reads as UTC rather than failing a page.</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)]);

    public static IReadOnlyList<string> All => AllIds.Value;

    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The calendar date it is now in <paramref name="zoneId"/>.</summary>
    public static DateOnly Today(TimeProvider clock, string? zoneId)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Find(zoneId)).DateTime);
    }

    /// <summary>A stored UTC time as the viewer reads it.</summary>
    public static DateTime ToLocal(DateTime utc, string? zoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Find(zoneId));
}
