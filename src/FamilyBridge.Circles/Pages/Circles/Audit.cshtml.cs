using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class AuditModel(AuditService audit) : CirclePageModel
{
    public Circle Circle { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> Entries { get; private set; } = [];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        (Circle, Entries) = await audit.ListAsync(id, UserId, cancellationToken);
    }
}
