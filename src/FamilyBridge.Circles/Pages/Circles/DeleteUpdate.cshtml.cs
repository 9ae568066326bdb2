using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>The owner is asked once before an update is deleted: the GET only explains, the POST deletes.</summary>
public sealed class DeleteUpdateModel(UpdateService updates) : CirclePageModel
{
    public UpdateDetail Detail { get; private set; } = null!;

    public async Task OnGetAsync(string id, string updateId, CancellationToken cancellationToken) => await LoadAsync(id, updateId, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string id, string updateId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, updateId, cancellationToken);
        await updates.DeleteAsync(id, UserId, updateId, cancellationToken);
        return Done("Update deleted.", $"{Request.PathBase}/circles/{id}");
    }

    private async Task LoadAsync(string id, string updateId, CancellationToken cancellationToken)
    {
        Detail = await updates.GetAsync(id, updateId, UserId, cancellationToken);
        if (!Detail.Me.IsOwner || Detail.View.Deleted)
        {
            throw new CircleNotFoundException();
        }
    }
}
