using System.Globalization;
using FamilyBridge.Backup.Models;
using FamilyBridge.Backup.Services;
using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Backup.Pages.Admin;

/// <summary>The schedule, the last result and the archives on disk, for administrators. Reads only.</summary>
[Authorize(Policy = AdminPolicies.Administrator)]
public sealed class BackupsModel(BackupSchedule schedule) : PageModel
{
    public BackupOptions Options => schedule.Options;

    public bool Enabled => schedule.Enabled;

    public string Folder => schedule.Folder;

    public BackupResult? Last { get; private set; }

    public IReadOnlyList<FileInfo> Archives { get; private set; } = [];

    public bool Requested { get; private set; }

    public void OnGet(int? requested)
    {
        Last = schedule.LastResult;
        Archives = schedule.Archives();
        Requested = requested == 1;
    }

    public static string When(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
