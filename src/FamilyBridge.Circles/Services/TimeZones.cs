using FamilyBridge.Circles.Models;
using Microsoft.Net.Http.Headers;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// IANA time zones as the server knows them; anything unknown reads as UTC rather than failing a page. For
/// choosing one: a short list of common zones by region with plain names, the full list by continent on request,
/// and a first guess from the browser's language region (a guess, and said to be one).
/// </summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> AllIds = new(() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC").Order(StringComparer.Ordinal)]);

    /// <summary>Where most of our readers live, in the words they use for their own time.</summary>
    public static readonly IReadOnlyList<TimeZoneGroup> Common =
    [
        new("United States and Canada",
        [
            new("America/New_York", "Eastern time (New York, Toronto, Miami)"),
            new("America/Chicago", "Central time (Chicago, Dallas, Winnipeg)"),
            new("America/Denver", "Mountain time (Denver, Calgary)"),
            new("America/Phoenix", "Arizona (no daylight saving)"),
            new("America/Los_Angeles", "Pacific time (Los Angeles, Seattle, Vancouver)"),
            new("America/Anchorage", "Alaska"),
            new("Pacific/Honolulu", "Hawaii"),
            new("America/Halifax", "Atlantic time (Halifax)"),
            new("America/St_Johns", "Newfoundland"),
            new("America/Puerto_Rico", "Puerto Rico"),
        ]),
        new("Mexico, Central and South America",
        [
            new("America/Mexico_City", "Mexico City"),
            new("America/Bogota", "Bogotá, Lima"),
            new("America/Sao_Paulo", "São Paulo"),
            new("America/Argentina/Buenos_Aires", "Buenos Aires"),
            new("America/Santiago", "Santiago"),
        ]),
        new("Europe and Africa",
        [
            new("Europe/London", "United Kingdom and Ireland (London, Dublin)"),
            new("Europe/Paris", "Central Europe (Paris, Madrid, Berlin, Rome)"),
            new("Europe/Athens", "Eastern Europe (Athens, Kyiv)"),
            new("Africa/Lagos", "West Africa (Lagos)"),
            new("Africa/Johannesburg", "South Africa (Johannesburg)"),
            new("Africa/Nairobi", "East Africa (Nairobi)"),
        ]),
        new("Asia and the Pacific",
        [
            new("Asia/Kolkata", "India"),
            new("Asia/Manila", "Philippines"),
            new("Asia/Singapore", "Singapore, Kuala Lumpur"),
            new("Asia/Tokyo", "Japan, Korea"),
            new("Australia/Sydney", "Eastern Australia (Sydney, Melbourne)"),
            new("Australia/Perth", "Western Australia (Perth)"),
            new("Pacific/Auckland", "New Zealand"),
        ]),
        new("Other",
        [
            new("UTC", "Coordinated Universal Time (UTC)"),
        ]),
    ];

    /// <summary>
    /// A language's region and the zone most of its people live in. Where a country has several zones the
    /// most populous one is taken, which is why the field says it is a guess.
    /// </summary>
    private static readonly Dictionary<string, string> ByRegion = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "America/New_York",
        ["CA"] = "America/Toronto",
        ["MX"] = "America/Mexico_City",
        ["PR"] = "America/Puerto_Rico",
        ["GT"] = "America/Guatemala",
        ["SV"] = "America/El_Salvador",
        ["HN"] = "America/Tegucigalpa",
        ["DO"] = "America/Santo_Domingo",
        ["CU"] = "America/Havana",
        ["CO"] = "America/Bogota",
        ["PE"] = "America/Lima",
        ["VE"] = "America/Caracas",
        ["EC"] = "America/Guayaquil",
        ["CL"] = "America/Santiago",
        ["AR"] = "America/Argentina/Buenos_Aires",
        ["BR"] = "America/Sao_Paulo",
        ["GB"] = "Europe/London",
        ["IE"] = "Europe/Dublin",
        ["ES"] = "Europe/Madrid",
        ["PT"] = "Europe/Lisbon",
        ["FR"] = "Europe/Paris",
        ["DE"] = "Europe/Berlin",
        ["IT"] = "Europe/Rome",
        ["NL"] = "Europe/Amsterdam",
        ["BE"] = "Europe/Brussels",
        ["CH"] = "Europe/Zurich",
        ["AT"] = "Europe/Vienna",
        ["SE"] = "Europe/Stockholm",
        ["NO"] = "Europe/Oslo",
        ["DK"] = "Europe/Copenhagen",
        ["FI"] = "Europe/Helsinki",
        ["PL"] = "Europe/Warsaw",
        ["GR"] = "Europe/Athens",
        ["UA"] = "Europe/Kyiv",
        ["ZA"] = "Africa/Johannesburg",
        ["NG"] = "Africa/Lagos",
        ["KE"] = "Africa/Nairobi",
        ["IN"] = "Asia/Kolkata",
        ["PH"] = "Asia/Manila",
        ["SG"] = "Asia/Singapore",
        ["JP"] = "Asia/Tokyo",
        ["KR"] = "Asia/Seoul",
        ["CN"] = "Asia/Shanghai",
        ["AU"] = "Australia/Sydney",
        ["NZ"] = "Pacific/Auckland",
    };

    public static IReadOnlyList<string> All => AllIds.Value;

    /// <summary>Every zone, grouped by its continent (the part before the first slash), UTC first.</summary>
    public static IReadOnlyList<TimeZoneGroup> AllGrouped => AllGroups.Value;

    private static readonly Lazy<IReadOnlyList<TimeZoneGroup>> AllGroups = new(() =>
        [.. All.GroupBy(id => id.Contains('/', StringComparison.Ordinal) ? id[..id.IndexOf('/', StringComparison.Ordinal)] : "Other")
            .OrderBy(g => g.Key == "Other" ? "" : g.Key, StringComparer.Ordinal)
            .Select(g => new TimeZoneGroup(g.Key, [.. g.Select(id => new TimeZoneChoice(id, id.Replace('_', ' ')))]))]);

    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static TimeZoneInfo Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The plain name of a common zone, else its id with spaces ("America/Argentina/Salta").</summary>
    public static string Label(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Common.SelectMany(g => g.Zones).FirstOrDefault(z => z.Id == id)?.Label ?? id.Replace('_', ' ');
    }

    /// <summary>
    /// The zone of the first language in <c>Accept-Language</c> (by preference) that names a region we know,
    /// e.g. <c>en-US</c> → America/New_York; null when none does (<c>es</c> alone says nothing about where).
    /// </summary>
    public static string? GuessFromLanguages(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)
            || !StringWithQualityHeaderValue.TryParseList(acceptLanguage.Split(','), out var languages))
        {
            return null;
        }

        foreach (var language in languages.Where(l => l.Quality is not 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var parts = language.Value.ToString().Split('-', '_');
            var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2 && p.All(char.IsAsciiLetter));
            if (region is not null && ByRegion.TryGetValue(region, out var zone) && IsKnown(zone))
            {
                return zone;
            }
        }

        return null;
    }

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
