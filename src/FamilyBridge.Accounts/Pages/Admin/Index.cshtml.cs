using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Accounts.Pages.Admin;

/// <summary>The admin start page: every module's links, each shown only to people its policy admits.</summary>
public sealed class IndexModel(IEnumerable<AdminMenuEntry> entries, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<AdminMenuEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var allowed = new List<AdminMenuEntry>();
        foreach (var entry in entries.OrderBy(e => e.Order).ThenBy(e => e.Title, StringComparer.Ordinal))
        {
            if ((await authorization.AuthorizeAsync(User, entry.Policy)).Succeeded)
            {
                allowed.Add(entry);
            }
        }

        Entries = allowed;
    }
}
