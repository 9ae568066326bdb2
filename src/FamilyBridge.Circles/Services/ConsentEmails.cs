using System.Globalization;
using FamilyBridge.Circles.Models;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The words of every consent email. Subjects and preview text name only the sharer's first name: they show on
/// lock screens and in shared inboxes. Bodies say why the person got the email and until when.
/// </summary>
public sealed class ConsentEmails(ConsentLinks links)
{
    public const string GatePrefix = "circle-consent:";

    public static string UpdateSubject(string firstName) => $"{firstName} shared an update";

    public EmailMessage Confirmation(ConsentGrant grant, string ownerName, string token, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var first = ConsentRules.FirstName(ownerName);
        var until = Date(grant.ExpiresUtc);
        return Gated(EmailLayout.Compose(
            grant.RecipientEmail,
            grant.RecipientName,
            $"{first} would like to send you updates",
            [
                $"{ownerName} would like to send you {ConsentRules.DescribeScope(grant.Scope)} by email through FamilyBridge: {ConsentRules.DescribeFrequency(grant.Frequency)}, until {until}.",
                "Nothing will be sent unless you confirm. The link works for 7 days. You can stop the emails at any time with the link at the bottom of each one.",
            ],
            "Yes, send me these emails",
            links.Confirm(token),
            preview: $"{first} asked if you would like email updates. Nothing is sent unless you say yes.",
            footerLines: [$"You got this email because {first} entered your address. If you did not expect it, you can ignore it: nothing more will be sent."],
            unsubscribeUrl: links.Unsubscribe(grant)), deliveryId);
    }

    public EmailMessage Update(ConsentGrant grant, string ownerName, CircleUpdate update, string? milestoneLabel, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var first = ConsentRules.FirstName(ownerName);
        var notice = grant.ContentMode == ConsentContentMode.SignInNotice;
        IReadOnlyList<string> paragraphs = notice
            ? [$"There is a new update from {first}. Sign in to FamilyBridge to read it."]
            : [$"{first} shared this on {Date(update.CreatedUtc)}:", .. Describe(update, first, milestoneLabel)];
        return Gated(EmailLayout.Compose(
            grant.RecipientEmail,
            grant.RecipientName,
            UpdateSubject(first),
            paragraphs,
            notice ? "Sign in to read it" : null,
            notice ? links.Circle(grant) : null,
            preview: $"{first} shared an update with you on FamilyBridge.",
            footerLines: [WhyLine(grant, first)],
            unsubscribeUrl: links.Unsubscribe(grant)), deliveryId);
    }

    public EmailMessage Digest(ConsentGrant grant, string ownerName, IReadOnlyList<(CircleUpdate Update, string? MilestoneLabel)> updates, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(updates);
        var first = ConsentRules.FirstName(ownerName);
        var notice = grant.ContentMode == ConsentContentMode.SignInNotice;
        var paragraphs = new List<string>
        {
            updates.Count == 1
                ? $"{first} shared 1 update since the last email."
                : $"{first} shared {updates.Count} updates since the last email.",
        };
        if (notice)
        {
            paragraphs.Add("Sign in to FamilyBridge to read them.");
        }
        else
        {
            foreach (var (update, label) in updates)
            {
                paragraphs.Add($"On {Date(update.CreatedUtc)}:");
                paragraphs.AddRange(Describe(update, first, label));
            }
        }

        return Gated(EmailLayout.Compose(
            grant.RecipientEmail,
            grant.RecipientName,
            $"{first} shared updates",
            paragraphs,
            notice ? "Sign in to read them" : null,
            notice ? links.Circle(grant) : null,
            preview: $"Your {(grant.Frequency == ConsentFrequency.Weekly ? "weekly" : "daily")} email from {first} on FamilyBridge.",
            footerLines: [WhyLine(grant, first)],
            unsubscribeUrl: links.Unsubscribe(grant)), deliveryId);
    }

    public EmailMessage Reminder(ConsentGrant grant, string ownerEmail, string ownerName, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return Gated(EmailLayout.Compose(
            ownerEmail,
            ownerName,
            "A sharing choice of yours ends soon",
            [
                $"Your email sharing with {grant.RecipientName} ends on {Date(grant.ExpiresUtc)}. After that, no more emails go to them.",
                "If you would like it to go on, open the sharing page and choose a new end date. If not, there is nothing to do.",
            ],
            "Open the sharing page",
            links.Grant(grant),
            preview: "One of your sharing choices on FamilyBridge ends soon."), deliveryId);
    }

    /// <summary>The update in plain words, kindly: a return to use is a new start, not a failure.</summary>
    public static IReadOnlyList<string> Describe(CircleUpdate update, string firstName, string? milestoneLabel)
    {
        ArgumentNullException.ThrowIfNull(update);
        var lines = new List<string>();
        switch (update.Kind)
        {
            case UpdateKind.Milestone:
                lines.Add($"A milestone: {milestoneLabel ?? $"{update.MilestoneDays} days"}.");
                break;
            case UpdateKind.CheckIn:
                lines.Add($"A check-in. Mood: {update.Mood} out of 5 ({MoodWord(update.Mood)}).");
                if (update.HardDay)
                {
                    lines.Add("Today was a hard day.");
                }

                break;
            case UpdateKind.Meeting:
                lines.Add($"{firstName} went to a meeting.");
                break;
            case UpdateKind.CounterRestart:
                lines.Add($"{firstName} has a new start date and is counting the days again. Your support matters now.");
                break;
            default:
                break;
        }

        if (!string.IsNullOrWhiteSpace(update.Note))
        {
            lines.Add(update.Kind == UpdateKind.Note ? update.Note : $"{firstName} wrote: {update.Note}");
        }

        return lines;
    }

    private static string WhyLine(ConsentGrant grant, string first) =>
        $"You get this email because {first} chose to share {ConsentRules.DescribeScope(grant.Scope)} with you until {Date(grant.ExpiresUtc)}, and you said yes. {first}'s reason: {grant.Purpose}";

    /// <summary>The delivery id is the outbox gate key: the gate checks the consent again just before sending.</summary>
    private static EmailMessage Gated(EmailMessage message, string deliveryId) => message with { DeliveryGateKey = GatePrefix + deliveryId };

    private static string MoodWord(int? mood) => mood switch
    {
        1 => "very low",
        2 => "low",
        3 => "okay",
        4 => "good",
        5 => "very good",
        _ => "not given",
    };

    private static string Date(DateTime utc) => utc.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
