using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>
/// The owner's email sharing: every consent so far and a form to add one. Adding is two steps — fill in, then read
/// the plain-words statement and tick to agree — and a mistake brings the form back with everything as typed.
/// </summary>
public sealed class SharingModel(ConsentService consents, TimeProvider clock) : CirclePageModel
{
    [BindProperty]
    public ConsentGrantInput Input { get; set; } = new();

    public SharingOverview Overview { get; private set; } = null!;

    /// <summary>True when the statement to agree to is shown instead of the form.</summary>
    public bool Reviewing { get; private set; }

    public string Statement { get; private set; } = "";

    public DateTime ExpiryLocal(int months) => TimeZones.ToLocal(clock.GetUtcNow().UtcDateTime.AddMonths(months), Overview.Owner.TimeZoneId);

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await consents.ListAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await consents.ListAsync(id, UserId, cancellationToken);
        if (ModelState.IsValid && await TryAsync(() => consents.CheckAsync(id, UserId, Input, cancellationToken)))
        {
            ShowStatement();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await consents.ListAsync(id, UserId, cancellationToken);
        if (ModelState.IsValid && await TryAsync(() => consents.GrantAsync(id, UserId, Input, cancellationToken)))
        {
            return Done($"Done. We emailed {Input.RecipientName} to ask if they would like these emails. Nothing else is sent until they say yes.");
        }

        // Only the missing tick: show the same statement again; anything else: back to the form.
        if (ModelState.Where(e => e.Value is { Errors.Count: > 0 }).All(e => e.Key == $"{nameof(Input)}.{nameof(Input.Confirmed)}"))
        {
            ShowStatement();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await consents.ListAsync(id, UserId, cancellationToken);
        ModelState.Clear();
        return Page();
    }

    private void ShowStatement()
    {
        Reviewing = true;
        Statement = ConsentWords.Statement(Overview.Owner.DisplayName, Input, ExpiryLocal(Input.ExpiryMonths));
    }

    private async Task<bool> TryAsync(Func<Task> action)
    {
        try
        {
            await action();
            return true;
        }
        catch (ConsentInputException e)
        {
            foreach (var (field, message) in e.Errors)
            {
                ModelState.AddModelError(field is null ? "" : $"{nameof(Input)}.{field}", message);
            }

            return false;
        }
    }
}
