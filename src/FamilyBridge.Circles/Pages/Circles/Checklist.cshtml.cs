using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class ChecklistModel(ChecklistService checklist) : CirclePageModel
{
    public ChecklistView View { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        View = await checklist.GetAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAdoptAsync(string id, CancellationToken cancellationToken)
    {
        await checklist.AdoptAsync(id, UserId, cancellationToken);
        return Done("The checklist is now shared with your circle.");
    }

    public async Task<IActionResult> OnPostTickAsync(string id, long itemId, bool isChecked, CancellationToken cancellationToken)
    {
        await checklist.SetCheckedAsync(id, UserId, itemId, isChecked, cancellationToken);
        return Done(isChecked ? "Ticked." : "Unticked.");
    }
}
