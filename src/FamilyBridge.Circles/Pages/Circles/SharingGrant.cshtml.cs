using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>One consent: its terms, its full history, and the owner's change and stop buttons.</summary>
public sealed class SharingGrantModel(ConsentService consents, TimeProvider clock) : CirclePageModel
{
    [BindProperty]
    public ConsentGrantInput Input { get; set; } = new();

    public ConsentGrantDetail Detail { get; private set; } = null!;

    public bool IsOpen => Detail.Grant.Grant.Status is ConsentStatus.Pending or ConsentStatus.Active;

    public DateTime ExpiryLocal(int months) => TimeZones.ToLocal(clock.GetUtcNow().UtcDateTime.AddMonths(months), Detail.Owner.TimeZoneId);

    public async Task OnGetAsync(string id, string grantId, CancellationToken cancellationToken)
    {
        Detail = await consents.GetAsync(id, UserId, grantId, cancellationToken);
        var g = Detail.Grant.Grant;
        Input = new ConsentGrantInput
        {
            Scope = g.Scope,
            Purpose = g.Purpose,
            Frequency = g.Frequency,
            ContentMode = g.ContentMode,
            ExpiryMonths = Math.Clamp((int)Math.Round((g.ExpiresUtc - clock.GetUtcNow().UtcDateTime).TotalDays / 30.4), 1, ConsentService.MaxExpiryMonths),
        };
    }

    public async Task<IActionResult> OnPostChangeAsync(string id, string grantId, CancellationToken cancellationToken)
    {
        Detail = await consents.GetAsync(id, UserId, grantId, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            await consents.ChangeAsync(id, UserId, grantId, Input, cancellationToken);
        }
        catch (ConsentInputException e)
        {
            foreach (var (field, message) in e.Errors)
            {
                ModelState.AddModelError(field is null ? "" : $"{nameof(Input)}.{field}", message);
            }

            return Page();
        }

        return Done("Saved. The change applies to every email from now on, including ones waiting to be sent.");
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, string grantId, CancellationToken cancellationToken)
    {
        await consents.RevokeAsync(id, UserId, grantId, cancellationToken);
        return Done("Stopped. No more emails go to this person, including any waiting to be sent.");
    }
}
