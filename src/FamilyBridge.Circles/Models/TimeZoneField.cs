using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Circles.Models;

/// <summary>
/// What the shared time-zone field (<c>_TimeZoneField</c>) shows: the zone chosen or guessed, why, and either the
/// short common list or (<c>?zones=all</c>) every zone. Never UTC unless someone picked it: with no choice and no
/// guess the field starts empty and must be filled in.
/// </summary>
public sealed record TimeZoneField(
    string Id,
    string Name,
    string? Selected,
    TimeZoneSource Source,
    bool ShowAll,
    string? Error = null)
{
    public const string AllZonesQuery = "zones";

    /// <summary>The groups to offer: the chosen zone is always among them, even when it is not a common one.</summary>
    public IReadOnlyList<TimeZoneGroup> Groups
    {
        get
        {
            if (ShowAll)
            {
                return TimeZones.AllGrouped;
            }

            var common = TimeZones.Common;
            return Selected is null || common.Any(g => g.Zones.Any(z => z.Id == Selected))
                ? common
                : [new TimeZoneGroup("Your time zone", [new TimeZoneChoice(Selected, TimeZones.Label(Selected))]), .. common];
        }
    }

    /// <summary>
    /// For a form that creates something (a circle, a membership): the posted value when the form comes back
    /// with an error, else a guess from <c>Accept-Language</c>, else nothing chosen.
    /// </summary>
    public static TimeZoneField ForNew(HttpContext context, string id, string name, string? posted = null, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var showAll = context.Request.Query.ContainsKey(AllZonesQuery);
        if (HttpMethods.IsPost(context.Request.Method) && TimeZones.IsKnown(posted))
        {
            return new TimeZoneField(id, name, posted, TimeZoneSource.Chosen, showAll, error);
        }

        var guess = TimeZones.GuessFromLanguages(context.Request.Headers.AcceptLanguage);
        return new TimeZoneField(id, name, guess, guess is null ? TimeZoneSource.None : TimeZoneSource.Language, showAll, error);
    }

    /// <summary>For changing a zone someone already has: theirs stays selected.</summary>
    public static TimeZoneField ForSaved(HttpContext context, string id, string name, string saved)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new TimeZoneField(id, name, saved, TimeZoneSource.Chosen, context.Request.Query.ContainsKey(AllZonesQuery));
    }

    /// <summary>The same page with the full list, keeping the rest of its query.</summary>
    public static string AllZonesLink(HttpContext context, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = QueryString.Create(context.Request.Query.Where(q => q.Key != AllZonesQuery && q.Key != "handler")
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v))));
        return $"{context.Request.PathBase}{context.Request.Path}{query.Add(AllZonesQuery, "all")}#{fieldId}";
    }
}
