using System.Globalization;
using System.Net;
using System.Text;
using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The plain, kind look every email shares: a greeting, short paragraphs, at most one button, and the crisis
/// line in the footer because anyone reading may be having the worst day of their year. Emails sent under a
/// consent add why the person got them and an unsubscribe link (also as RFC 8058 headers). The frame (greeting,
/// sign-off, button help, crisis line) is written in <c>culture</c>; the caller writes the subject and paragraphs
/// in the same language.
/// </summary>
public static class EmailLayout
{
    public const string CrisisFooter =
        "If you or someone you love is in crisis, call or text 988 (Suicide & Crisis Lifeline, US), any time.";

    public static EmailMessage Compose(
        string to,
        string? toName,
        string subject,
        IReadOnlyList<string> paragraphs,
        string? actionText = null,
        Uri? actionUrl = null,
        string siteName = "FamilyBridge",
        string? preview = null,
        IReadOnlyList<string>? footerLines = null,
        Uri? unsubscribeUrl = null,
        CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        // No culture means the site's first language: a background job has no reader whose language it could guess.
        var S = new EmailText(culture ?? CultureInfo.GetCultureInfo("en"));
        // Preview text shows beside the subject on lock screens, so it obeys the subject's rule.
        if (SensitiveWords.Find(preview) is { } word)
        {
            throw new ArgumentException($"Email preview text must not carry sensitive words ('{word}').", nameof(preview));
        }

        footerLines ??= [];
        var greeting = string.IsNullOrWhiteSpace(toName) ? S["Hello,"] : S["Hello {0},", toName];
        var open = actionText ?? S["Open"];
        var crisis = S[CrisisFooter];

        var text = new StringBuilder();
        text.AppendLine(greeting).AppendLine();
        foreach (var paragraph in paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        if (actionUrl is not null)
        {
            text.AppendLine($"{open}: {actionUrl.AbsoluteUri}").AppendLine();
        }

        text.AppendLine(S["With care, {0}", siteName]).AppendLine().AppendLine("--");
        foreach (var line in footerLines)
        {
            text.AppendLine(line);
        }

        if (unsubscribeUrl is not null)
        {
            text.AppendLine($"{S["Unsubscribe"]}: {unsubscribeUrl.AbsoluteUri}");
        }

        text.AppendLine(crisis);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(WebUtility.HtmlEncode(S.Culture.TwoLetterISOLanguageName))
            .Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#222;max-width:36em;margin:0 auto;padding:1em\">");
        if (!string.IsNullOrWhiteSpace(preview))
        {
            // Mail apps show the first text of the body as the preview; this hidden line chooses it.
            html.Append("<div style=\"display:none;max-height:0;overflow:hidden\">").Append(WebUtility.HtmlEncode(preview)).Append("</div>");
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (actionUrl is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(actionUrl.AbsoluteUri))
                .Append("\" style=\"display:inline-block;background:#2f5d50;color:#fff;padding:.6em 1.2em;border-radius:4px;text-decoration:none\">")
                .Append(WebUtility.HtmlEncode(open)).Append("</a></p>")
                .Append("<p style=\"font-size:14px\">").Append(WebUtility.HtmlEncode(S["If the button does not work, copy this address into your browser:"])).Append("<br>")
                .Append(WebUtility.HtmlEncode(actionUrl.AbsoluteUri)).Append("</p>");
        }

        html.Append("<p>").Append(WebUtility.HtmlEncode(S["With care,"])).Append("<br>").Append(WebUtility.HtmlEncode(siteName)).Append("</p>")
            .Append("<hr>");
        foreach (var line in footerLines)
        {
            html.Append("<p style=\"font-size:14px;color:#555\">").Append(WebUtility.HtmlEncode(line)).Append("</p>");
        }

        if (unsubscribeUrl is not null)
        {
            html.Append("<p style=\"font-size:14px;color:#555\"><a href=\"").Append(WebUtility.HtmlEncode(unsubscribeUrl.AbsoluteUri))
                .Append("\" style=\"color:#2f5d50\">").Append(WebUtility.HtmlEncode(S["Unsubscribe: stop these emails"])).Append("</a></p>");
        }

        html.Append("<p style=\"font-size:14px;color:#555\">").Append(WebUtility.HtmlEncode(crisis)).Append("</p>")
            .Append("</body></html>");

        return new EmailMessage
        {
            To = to,
            ToName = toName,
            Subject = subject,
            TextBody = text.ToString(),
            HtmlBody = html.ToString(),
            // RFC 8058: mail apps show their own "unsubscribe" and POST "List-Unsubscribe=One-Click" to the link.
            Headers = unsubscribeUrl is null
                ? new Dictionary<string, string>()
                : new Dictionary<string, string>
                {
                    ["List-Unsubscribe"] = $"<{unsubscribeUrl.AbsoluteUri}>",
                    ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
                },
        };
    }
}
