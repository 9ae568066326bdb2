using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>Who is in the circle. The owner starts a removal here; a member starts leaving here.</summary>
public sealed class PeopleModel(CircleService circles) : CirclePageModel
{
    public CirclePeople People { get; private set; } = null!;

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        People = await circles.GetPeopleAsync(id, UserId, cancellationToken);
    }
}
