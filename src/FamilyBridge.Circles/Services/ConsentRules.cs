using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Services;

/// <summary>Which updates a consent lets through, in one place for queuing, digests and the send-time gate.</summary>
public static class ConsentRules
{
    public static bool Covers(ConsentScope scope, UpdateKind kind) => scope switch
    {
        ConsentScope.Milestones => kind == UpdateKind.Milestone,
        ConsentScope.MilestonesAndCheckIns => kind is UpdateKind.Milestone or UpdateKind.CheckIn,
        _ => true,
    };

    /// <summary>
    /// Members get what their circle audience allows them; people without an account only updates shared with
    /// everyone, because the owner never chose them for anything narrower.
    /// </summary>
    public static bool AudienceAllows(ConsentGrant grant, CircleUpdate update, IEnumerable<string> chosenUserIds)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(chosenUserIds);
        return update.AudienceAll || (grant.RecipientUserId is string member && chosenUserIds.Contains(member, StringComparer.Ordinal));
    }

    public static bool IsLive(ConsentGrant grant, DateTime utcNow) =>
        grant.Status == ConsentStatus.Active && grant.ConfirmedUtc is not null && grant.ExpiresUtc > utcNow;

    public static string DescribeScope(ConsentScope scope) => scope switch
    {
        ConsentScope.Milestones => "milestones",
        ConsentScope.MilestonesAndCheckIns => "milestones and check-ins",
        _ => "all updates",
    };

    public static string DescribeFrequency(ConsentFrequency frequency) => frequency switch
    {
        ConsentFrequency.Daily => "one email a day at most",
        ConsentFrequency.Weekly => "one email a week at most",
        _ => "an email for each update",
    };

    public static string FirstName(string displayName) =>
        displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : displayName;
}
