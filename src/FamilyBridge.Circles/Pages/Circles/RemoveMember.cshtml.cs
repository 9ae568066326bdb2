using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>The owner is asked once before someone is removed: the GET only explains, the POST removes.</summary>
public sealed class RemoveMemberModel(CircleService circles) : CirclePageModel
{
    public CirclePeople People { get; private set; } = null!;

    public CircleMember Member { get; private set; } = null!;

    public async Task OnGetAsync(string id, long memberId, CancellationToken cancellationToken) => await LoadAsync(id, memberId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, long memberId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, memberId, cancellationToken);
        await circles.RemoveMemberAsync(id, UserId, Member.UserId, cancellationToken);
        return Done($"{Member.DisplayName} was removed from the circle.", $"{Request.PathBase}/circles/{id}/people");
    }

    private async Task LoadAsync(string id, long memberId, CancellationToken cancellationToken)
    {
        People = await circles.GetPeopleAsync(id, UserId, cancellationToken);
        Member = (People.Me.IsOwner ? People.Others.SingleOrDefault(m => m.Id == memberId) : null) ?? throw new CircleNotFoundException();
    }
}
