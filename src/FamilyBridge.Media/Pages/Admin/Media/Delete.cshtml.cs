using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Admin;
using FamilyBridge.Media.Models;
using FamilyBridge.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Media.Pages.Admin.Media;

/// <summary>Asks before deleting: a lesson that shows the image would show a broken picture afterwards.</summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed class DeleteModel(
    MediaLibrary library,
    UserManager<AccountUser> users,
    IAuthorizationService authorization,
    IStringLocalizer<MediaText> S) : PageModel
{
    public MediaAsset Asset { get; private set; } = default!;

    public string ImageUrl => MediaLibrary.UrlPrefix + Asset.FileName;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await FindDeletableAsync(id, cancellationToken) is { } asset ? Show(asset) : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindDeletableAsync(id, cancellationToken) is not { } asset)
        {
            return NotFound();
        }

        await library.DeleteAsync(asset, cancellationToken);
        TempData["Status"] = S["Deleted the image “{0}”.", asset.AltText].Value;
        return RedirectToPage("Index");
    }

    private PageResult Show(MediaAsset asset)
    {
        Asset = asset;
        return Page();
    }

    // Authors may delete only what they uploaded; someone else's image answers 404, as if it were not there.
    private async Task<MediaAsset?> FindDeletableAsync(string id, CancellationToken cancellationToken)
    {
        var asset = await library.FindAsync(id, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        return asset.UploadedByUserId == users.GetUserId(User) || (await authorization.AuthorizeAsync(User, AdminPolicies.Editor)).Succeeded
            ? asset
            : null;
    }
}
