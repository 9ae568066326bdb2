using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;

namespace FamilyBridge.Circles.Pages;

/// <summary>The plain words the sharing pages use for a consent's settings and state.</summary>
public static class ConsentWords
{
    public static string Status(ConsentGrantView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Grant.Status switch
        {
            ConsentStatus.Pending => view.ConfirmLinkExpired ? "Not confirmed: their link expired" : "Waiting for their yes",
            ConsentStatus.Active => "Active",
            ConsentStatus.Revoked => "Stopped by you",
            ConsentStatus.Unsubscribed => "They unsubscribed",
            ConsentStatus.Expired => "Ended on its end date",
            _ => "Ended: no longer in the circle",
        };
    }

    public static string Scope(ConsentScope scope) => scope switch
    {
        ConsentScope.Milestones => "Milestones only",
        ConsentScope.MilestonesAndCheckIns => "Milestones and check-ins",
        _ => "All updates (notes, meetings and a new start date too)",
    };

    public static string Frequency(ConsentFrequency frequency) => frequency switch
    {
        ConsentFrequency.Daily => "A daily email",
        ConsentFrequency.Weekly => "A weekly email",
        _ => "Right away, one email per update",
    };

    public static string ContentMode(ConsentContentMode mode) => mode == ConsentContentMode.SignInNotice
        ? "Only a note that there is something new (they sign in to read it)"
        : "The update itself";

    /// <summary>The consent in one paragraph, as the owner agrees to it (the elements of a 42 CFR 2.31 consent).</summary>
    public static string Statement(string ownerName, ConsentGrantInput input, DateTime expiresLocal)
    {
        ArgumentNullException.ThrowIfNull(input);
        var who = input.RecipientName ?? "";
        var audience = string.IsNullOrEmpty(input.RecipientUserId) ? "that I share with everyone in my circle" : $"that I share with {who} or with everyone";
        var what = input.ContentMode == ConsentContentMode.SignInNotice
            ? "a note that there is something new (not the update itself)"
            : "the update itself";
        return $"I, {ownerName}, agree that FamilyBridge may email {who} ({input.RecipientEmail}) about the {ConsentRules.DescribeScope(input.Scope)} "
            + $"{audience}: {ConsentRules.DescribeFrequency(input.Frequency)}, with {what}. My reason: {input.Purpose} "
            + $"This lasts until {expiresLocal:d MMMM yyyy} unless I stop it sooner. I can stop it at any time on this page, and {who} can stop it "
            + $"from any email. Nothing is sent until {who} says yes from the email FamilyBridge sends them.";
    }
}
