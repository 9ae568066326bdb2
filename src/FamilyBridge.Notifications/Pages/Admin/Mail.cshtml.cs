using FamilyBridge.Core.Admin;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Notifications.Pages.Admin;

/// <summary>The mail queue for administrators: envelopes and errors, never a message body.</summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class MailModel(MailQueue queue, IStringLocalizer<NotificationsText> S) : PageModel
{
    public IReadOnlyDictionary<OutboxStatus, int> Counts { get; private set; } = new Dictionary<OutboxStatus, int>();

    public IReadOnlyList<MailQueueEntry> Entries { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken)
    {
        if (!await queue.RetryAsync(id, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, S["That message cannot be tried again: it was already sent, cancelled or is being sent now."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        Status = S["The message is back in the queue and goes out in a moment."];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken)
    {
        var count = await queue.RetryAllAsync(cancellationToken);
        Status = count switch
        {
            0 => S["There was nothing to try again."],
            1 => S["1 message is back in the queue and goes out in a moment."],
            _ => S["{0} messages are back in the queue and go out in a moment.", count],
        };
        return RedirectToPage();
    }

    public static string When(DateTime? utc) => utc is { } value ? value.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture) : "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Counts = await queue.CountsAsync(cancellationToken);
        Entries = await queue.ListAsync(cancellationToken);
    }
}
