using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Pages.Admin.Content;

/// <summary>Every item an editor may open (an author: their own), filtered and paged; and the trash.</summary>
[Authorize(Policy = AdminPolicies.Author)]
public sealed class IndexModel(
    IContentQuery query,
    IContentManager content,
    IContentDefinitionManager definitions,
    ContentScheduler scheduler,
    IContentAuditLog audit,
    IStringLocalizer<EditorText> S) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    /// <summary>"draft", "published", "scheduled" or "trash"; anything else lists every item not in the trash.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [TempData]
    public string? Message { get; set; }

    public ContentListPage Results { get; private set; } = new([], 0, 1, PageSize);

    public IReadOnlyList<ContentTypeDefinition> CreatableTypes { get; private set; } = [];

    public IReadOnlyList<ContentTypeDefinition> ListedTypes { get; private set; } = [];

    public IReadOnlyList<ContentItem> Modules { get; private set; } = [];

    public IReadOnlySet<string> ScheduledIds { get; private set; } = new HashSet<string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var types = await definitions.ListTypeDefinitionsAsync(cancellationToken);
        ListedTypes = [.. types.Where(t => t.GetSetting("Creatable")).OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)];
        CreatableTypes = ListedTypes;
        Modules = [.. (await query.GetByTypeAsync("Module", VersionOptions.Latest, cancellationToken)).OrderBy(m => m.Title, StringComparer.OrdinalIgnoreCase)];
        ScheduledIds = (await scheduler.ScheduledItemIdsAsync(cancellationToken)).ToHashSet();

        var status = Status switch
        {
            "draft" => ContentListStatus.Draft,
            "published" => ContentListStatus.Published,
            "trash" => ContentListStatus.Trash,
            _ => ContentListStatus.Any,
        };
        Results = await query.ListAsync(new ContentListFilter
        {
            ContentType = string.IsNullOrEmpty(Type) ? null : Type,
            Status = status,
            ListContentItemId = string.IsNullOrEmpty(Module) ? null : Module,
            Owner = ContentAccess.SeesAll(User) ? null : ContentAccess.UserId(User),
            Search = Q,
            ContentItemIds = Status == "scheduled" ? [.. ScheduledIds] : null,
            ExcludedTypes = [.. types.Where(t => !t.GetSetting("Creatable")).Select(t => t.Name)],
            Page = PageNumber,
            PageSize = PageSize,
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, CancellationToken cancellationToken)
    {
        var versions = await content.GetVersionsAsync(id, cancellationToken);
        if (versions.Count == 0 || !ContentAccess.CanOpen(User, versions[^1].Owner))
        {
            return NotFound();
        }

        var restored = await content.RestoreAsync(id, cancellationToken);
        if (restored is null)
        {
            return NotFound();
        }

        await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.RestoredFromTrash, id, restored.Title, cancellationToken);
        Message = S["“{0}” is back as a draft. Publish it when it is ready.", restored.Title];
        return Redirect(Request.PathBase + EditModel.EditPath(id));
    }

    /// <summary>A link to the same list with one value changed (paging keeps the filters).</summary>
    public string Link(int page) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Request.PathBase + "/admin/content", new Dictionary<string, string?>
        {
            ["type"] = Type,
            ["status"] = Status,
            ["module"] = Module,
            ["q"] = Q,
            ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)));

    public string TypeName(string type) => ListedTypes.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    public string StatusText(ContentSummary row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var parts = new List<string>();
        if (row.InTrash)
        {
            parts.Add(S["In the trash"]);
        }
        else
        {
            if (row.HasPublished)
            {
                parts.Add(S["Published"]);
            }

            if (row.HasDraft)
            {
                parts.Add(row.HasPublished ? S["Draft changes"] : S["Draft"]);
            }

            if (ScheduledIds.Contains(row.ContentItemId))
            {
                parts.Add(S["Scheduled"]);
            }
        }

        return string.Join(", ", parts);
    }
}
