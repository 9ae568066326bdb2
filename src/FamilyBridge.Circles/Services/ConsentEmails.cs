using System.Globalization;
using FamilyBridge.Circles.Models;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Circles.Services;

/// <summary>
/// The words of every consent email, in the language the recipient chose (the owner's default until they choose).
/// Subjects and preview text name only the sharer's first name: they show on lock screens and in shared inboxes.
/// Bodies say why the person got the email and until when.
/// </summary>
public sealed class ConsentEmails(ConsentLinks links, IStringLocalizer<CirclesText> text)
{
    public const string GatePrefix = "circle-consent:";

    public EmailMessage Confirmation(ConsentGrant grant, string ownerName, string token, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        using var culture = EmailCulture.Use(grant.Language);
        var first = ConsentRules.FirstName(ownerName);
        return Gated(
            grant.RecipientEmail,
            grant.RecipientName,
            text["{0} would like to send you updates", first],
            [
                text["{0} would like to send you {1} by email through FamilyBridge: {2}, until {3}.", ownerName, Scope(grant.Scope), Frequency(grant.Frequency), Date(grant.ExpiresUtc)],
                text["Nothing will be sent unless you confirm. The link works for 7 days. You can stop the emails at any time with the link at the bottom of each one."],
            ],
            text["Yes, send me these emails"],
            links.Confirm(token, grant.Language),
            text["{0} asked if you would like email updates. Nothing is sent unless you say yes.", first],
            [text["You got this email because {0} entered your address. If you did not expect it, you can ignore it: nothing more will be sent.", first]],
            links.Unsubscribe(grant),
            deliveryId);
    }

    public EmailMessage Update(ConsentGrant grant, string ownerName, CircleUpdate update, DateOnly? periodStart, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(update);
        using var culture = EmailCulture.Use(grant.Language);
        var first = ConsentRules.FirstName(ownerName);
        var notice = grant.ContentMode == ConsentContentMode.SignInNotice;
        IReadOnlyList<string> paragraphs = notice
            ? [text["There is a new update from {0}. Sign in to FamilyBridge to read it.", first]]
            : [text["{0} shared this on {1}:", first, Date(update.CreatedUtc)], .. Describe(update, first, periodStart)];
        return Gated(
            grant.RecipientEmail,
            grant.RecipientName,
            text["{0} shared an update", first],
            paragraphs,
            notice ? text["Sign in to read it"].Value : null,
            notice ? links.Circle(grant) : null,
            text["{0} shared an update with you on FamilyBridge.", first],
            [WhyLine(grant, first)],
            links.Unsubscribe(grant),
            deliveryId);
    }

    public EmailMessage Digest(ConsentGrant grant, string ownerName, IReadOnlyList<(CircleUpdate Update, DateOnly? PeriodStart)> updates, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(updates);
        using var culture = EmailCulture.Use(grant.Language);
        var first = ConsentRules.FirstName(ownerName);
        var notice = grant.ContentMode == ConsentContentMode.SignInNotice;
        var paragraphs = new List<string>
        {
            updates.Count == 1
                ? text["{0} shared 1 update since the last email.", first]
                : text["{0} shared {1} updates since the last email.", first, updates.Count],
        };
        if (notice)
        {
            paragraphs.Add(text["Sign in to FamilyBridge to read them."]);
        }
        else
        {
            foreach (var (update, start) in updates)
            {
                paragraphs.Add(text["On {0}:", Date(update.CreatedUtc)]);
                paragraphs.AddRange(Describe(update, first, start));
            }
        }

        return Gated(
            grant.RecipientEmail,
            grant.RecipientName,
            text["{0} shared updates", first],
            paragraphs,
            notice ? text["Sign in to read them"].Value : null,
            notice ? links.Circle(grant) : null,
            grant.Frequency == ConsentFrequency.Weekly
                ? text["Your weekly email from {0} on FamilyBridge.", first]
                : text["Your daily email from {0} on FamilyBridge.", first],
            [WhyLine(grant, first)],
            links.Unsubscribe(grant),
            deliveryId);
    }

    /// <summary>To the owner, in the owner's own default language (<paramref name="ownerLanguage"/>), not the recipient's.</summary>
    public EmailMessage Reminder(ConsentGrant grant, string ownerEmail, string ownerName, string ownerLanguage, string deliveryId)
    {
        ArgumentNullException.ThrowIfNull(grant);
        using var culture = EmailCulture.Use(ownerLanguage);
        return Gated(
            ownerEmail,
            ownerName,
            text["A sharing choice of yours ends soon"],
            [
                text["Your email sharing with {0} ends on {1}. After that, no more emails go to them.", grant.RecipientName, Date(grant.ExpiresUtc)],
                text["If you would like it to go on, open the sharing page and choose a new end date. If not, there is nothing to do."],
            ],
            text["Open the sharing page"],
            links.Grant(grant, ownerLanguage),
            text["One of your sharing choices on FamilyBridge ends soon."],
            null,
            null,
            deliveryId);
    }

    /// <summary>What the consent covers, in the current UI culture ("milestones", "sus logros").</summary>
    public string Scope(ConsentScope scope) => scope switch
    {
        ConsentScope.Milestones => text["milestones"],
        ConsentScope.MilestonesAndCheckIns => text["milestones and check-ins"],
        _ => text["all updates"],
    };

    public string Frequency(ConsentFrequency frequency) => frequency switch
    {
        ConsentFrequency.Daily => text["one email a day at most"],
        ConsentFrequency.Weekly => text["one email a week at most"],
        _ => text["an email for each update"],
    };

    /// <summary>The update in plain words, kindly: a return to use is a new start, not a failure.</summary>
    private List<string> Describe(CircleUpdate update, string firstName, DateOnly? periodStart)
    {
        var lines = new List<string>();
        switch (update.Kind)
        {
            case UpdateKind.Milestone:
                var days = update.MilestoneDays ?? 0;
                var label = periodStart is DateOnly start ? Milestones.Label(days, start) : text["{0} days", days].Value;
                lines.Add(text["A milestone: {0}.", label]);
                break;
            case UpdateKind.CheckIn:
                lines.Add(text["A check-in. Mood: {0} out of 5 ({1}).", update.Mood ?? 0, MoodWord(update.Mood)]);
                if (update.HardDay)
                {
                    lines.Add(text["Today was a hard day."]);
                }

                break;
            case UpdateKind.Meeting:
                lines.Add(text["{0} went to a meeting.", firstName]);
                break;
            case UpdateKind.CounterRestart:
                lines.Add(text["{0} has a new start date and is counting the days again. Your support matters now.", firstName]);
                break;
            default:
                break;
        }

        if (!string.IsNullOrWhiteSpace(update.Note))
        {
            lines.Add(update.Kind == UpdateKind.Note ? update.Note : text["{0} wrote: {1}", firstName, update.Note]);
        }

        return lines;
    }

    private string WhyLine(ConsentGrant grant, string first) =>
        text["You get this email because {0} chose to share {1} with you until {2}, and you said yes. {0}'s reason: {3}", first, Scope(grant.Scope), Date(grant.ExpiresUtc), grant.Purpose];

    // The check-in scale's own words, lower-cased to sit inside a sentence: "(good)", "(bien)".
    private string MoodWord(int? mood) => mood switch
    {
        1 => text["Very low"].Value.ToLower(CultureInfo.CurrentCulture),
        2 => text["Low"].Value.ToLower(CultureInfo.CurrentCulture),
        3 => text["Okay"].Value.ToLower(CultureInfo.CurrentCulture),
        4 => text["Good"].Value.ToLower(CultureInfo.CurrentCulture),
        5 => text["Very good"].Value.ToLower(CultureInfo.CurrentCulture),
        _ => text["not given"],
    };

    /// <summary>
    /// Composes in the current culture (the recipient's, set by the caller), refuses sensitive words in either language, and keys
    /// the message to its delivery row: the outbox gate checks the consent again just before sending.
    /// </summary>
    private static EmailMessage Gated(
        string to, string toName, string subject, IReadOnlyList<string> paragraphs, string? actionText, Uri? actionUrl,
        string preview, IReadOnlyList<string>? footerLines, Uri? unsubscribeUrl, string deliveryId)
    {
        SensitiveWords.Check(subject, preview);
        var message = EmailLayout.Compose(
            to, toName, subject, paragraphs, actionText, actionUrl, preview: preview, footerLines: footerLines, unsubscribeUrl: unsubscribeUrl,
            culture: CultureInfo.CurrentUICulture);
        return message with { DeliveryGateKey = GatePrefix + deliveryId };
    }

    private static string Date(DateTime utc) => EmailCulture.LongDate(utc);
}
