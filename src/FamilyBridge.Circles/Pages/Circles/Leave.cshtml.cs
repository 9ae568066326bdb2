using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>A member is asked once before leaving: the GET only explains, the POST leaves.</summary>
public sealed class LeaveModel(CircleService circles) : CirclePageModel
{
    public CirclePeople People { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        People = await circles.GetPeopleAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        People = await circles.GetPeopleAsync(id, UserId, cancellationToken);
        await circles.LeaveAsync(id, UserId, cancellationToken);
        return Done($"You left {People.Circle.Name}.", $"{Request.PathBase}/circles");
    }
}
