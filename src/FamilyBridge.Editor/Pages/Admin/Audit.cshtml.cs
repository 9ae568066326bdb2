using FamilyBridge.Core.Admin;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin;

/// <summary>The content audit log for administrators: newest first, a page at a time.</summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class AuditModel(ContentAuditLog log) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ContentAuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        (Entries, Total) = await log.ReadAsync(PageNumber, PageSize, cancellationToken);
    }
}
