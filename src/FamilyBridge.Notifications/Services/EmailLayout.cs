using System.Net;
using System.Text;
using FamilyBridge.Notifications.Models;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The plain, kind look every email shares: a greeting, short paragraphs, at most one button, and the crisis
/// line in the footer because anyone reading may be having the worst day of their year.
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
        string siteName = "FamilyBridge")
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var greeting = string.IsNullOrWhiteSpace(toName) ? "Hello," : $"Hello {toName},";

        var text = new StringBuilder();
        text.AppendLine(greeting).AppendLine();
        foreach (var paragraph in paragraphs)
        {
            text.AppendLine(paragraph).AppendLine();
        }

        if (actionUrl is not null)
        {
            text.AppendLine($"{actionText ?? "Open"}: {actionUrl.AbsoluteUri}").AppendLine();
        }

        text.AppendLine($"With care, {siteName}").AppendLine().AppendLine("--").AppendLine(CrisisFooter);

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(subject))
            .Append("</title></head><body style=\"font-family:Georgia,serif;font-size:17px;line-height:1.5;color:#222;max-width:36em;margin:0 auto;padding:1em\">");
        html.Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }

        if (actionUrl is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(actionUrl.AbsoluteUri))
                .Append("\" style=\"display:inline-block;background:#2f5d50;color:#fff;padding:.6em 1.2em;border-radius:4px;text-decoration:none\">")
                .Append(WebUtility.HtmlEncode(actionText ?? "Open")).Append("</a></p>")
                .Append("<p style=\"font-size:14px\">If the button does not work, copy this address into your browser:<br>")
                .Append(WebUtility.HtmlEncode(actionUrl.AbsoluteUri)).Append("</p>");
        }

        html.Append("<p>With care,<br>").Append(WebUtility.HtmlEncode(siteName)).Append("</p>")
            .Append("<hr><p style=\"font-size:14px;color:#555\">").Append(WebUtility.HtmlEncode(CrisisFooter)).Append("</p>")
            .Append("</body></html>");

        return new EmailMessage
        {
            To = to,
            ToName = toName,
            Subject = subject,
            TextBody = text.ToString(),
            HtmlBody = html.ToString(),
        };
    }
}
