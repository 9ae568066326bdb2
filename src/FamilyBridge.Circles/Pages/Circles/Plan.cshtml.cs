using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class PlanModel(PlanService plans) : CirclePageModel
{
    public PlanView View { get; private set; } = null!;

    public IReadOnlyList<CircleMember> Others => [.. View.Members.Where(m => !m.IsOwner)];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        View = await plans.GetAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync(string id, PlanItemKind kind, string? text, int? strength, string? phone, CancellationToken cancellationToken)
    {
        await plans.AddItemAsync(id, UserId, kind, text ?? "", strength, phone, cancellationToken);
        return Done("Added to your plan.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, long itemId, CancellationToken cancellationToken)
    {
        await plans.RemoveItemAsync(id, UserId, itemId, cancellationToken);
        return Done("Removed from your plan.");
    }

    public async Task<IActionResult> OnPostShareAsync(string id, List<string>? audienceUserIds, CancellationToken cancellationToken)
    {
        await plans.ShareAsync(id, UserId, audienceUserIds, cancellationToken);
        return Done(audienceUserIds is { Count: > 0 } ? "Your plan is shared with the people you chose." : "Your plan is private.");
    }
}
