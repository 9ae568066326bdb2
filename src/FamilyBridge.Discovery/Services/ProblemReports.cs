using FamilyBridge.Accounts.Models;
using FamilyBridge.Discovery.Models;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Discovery.Services;

/// <summary>Sends a reader's problem report to every editor and administrator through the durable outbox.</summary>
public sealed class ProblemReports(UserManager<AccountUser> users, IEmailOutbox outbox)
{
    /// <summary>Queues one email per editor; returns how many. Nothing is stored beyond the queued mail.</summary>
    public async Task<int> SendAsync(ProblemReportInput report, Uri siteBaseUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var editors = (await users.GetUsersInRoleAsync(SiteRoles.Editor))
            .Concat(await users.GetUsersInRoleAsync(SiteRoles.Administrator))
            .Where(u => u.EmailConfirmed && !string.IsNullOrEmpty(u.Email))
            .DistinctBy(u => u.Id)
            .ToList();
        if (editors.Count == 0)
        {
            return 0;
        }

        var page = string.IsNullOrWhiteSpace(report.Page) ? "(not given)" : report.Page.Trim();
        var reply = string.IsNullOrWhiteSpace(report.Email) ? "The reader did not leave an email address." : $"Reply to: {report.Email.Trim()}";
        var lines = string.Join("\n",
            "A reader reported a problem on the site.",
            "",
            $"Page: {page}",
            "",
            report.Problem.Trim(),
            "",
            reply,
            "",
            $"Check the page against its sources and update it in the editor: {new Uri(siteBaseUri, "admin/content")}");
        var messages = editors.Select(e => new EmailMessage
        {
            To = e.Email!,
            ToName = e.DisplayName,
            Subject = "A reader reported a problem on a page",
            TextBody = lines,
        }).ToList();
        await outbox.EnqueueAsync(messages, cancellationToken);
        return messages.Count;
    }
}
