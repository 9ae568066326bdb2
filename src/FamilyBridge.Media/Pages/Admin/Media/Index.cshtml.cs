using System.Security.Claims;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Admin;
using FamilyBridge.Media.Models;
using FamilyBridge.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Media.Pages.Admin.Media;

[Authorize(Policy = AdminPolicies.Author)]
public sealed class IndexModel(
    MediaLibrary library,
    UserManager<AccountUser> users,
    IAuthorizationService authorization,
    IOptions<MediaOptions> options,
    IStringLocalizer<MediaText> S) : PageModel
{
    public IReadOnlyList<MediaRow> Assets { get; private set; } = [];

    public string MaxUploadSize => MediaLibrary.FormatSize(options.Value.MaxUploadBytes);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), S["Choose an image file to upload."]);
        }

        if (string.IsNullOrWhiteSpace(AltText))
        {
            ModelState.AddModelError(nameof(AltText), S["Describe the image in the alt text, for people who cannot see it."]);
        }

        if (ModelState.ErrorCount == 0)
        {
            await using var stream = Upload!.OpenReadStream();
            var result = await library.UploadAsync(stream, Upload.FileName, AltText, users.GetUserId(User)!, cancellationToken);
            if (result.Succeeded)
            {
                Status = S["Uploaded. Copy its Markdown from the list to show it in a lesson."];
                return RedirectToPage();
            }

            // The library's refusals are English; a Spanish one is shown where the resources have it.
            ModelState.AddModelError(nameof(Upload), S[result.Error!]);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var assets = await library.ListAssetsAsync(cancellationToken);
        var uploaderIds = assets.Select(a => a.UploadedByUserId).Distinct().ToList();
        var names = await users.Users.Where(u => uploaderIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var me = users.GetUserId(User);
        var mayDeleteAny = (await authorization.AuthorizeAsync(User, AdminPolicies.Editor)).Succeeded;
        Assets = [.. assets.Select(a => new MediaRow(
            a,
            MediaLibrary.ToSummary(a),
            names.GetValueOrDefault(a.UploadedByUserId, S["A former account"]),
            mayDeleteAny || a.UploadedByUserId == me))];
    }

    public sealed record MediaRow(MediaAsset Asset, MediaAssetSummary Summary, string UploadedBy, bool CanDelete);
}
