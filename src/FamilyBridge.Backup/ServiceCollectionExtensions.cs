using FamilyBridge.Backup.CommandLine;
using FamilyBridge.Backup.Hosting;
using FamilyBridge.Backup.Models;
using FamilyBridge.Backup.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Core.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Backup;

public static class ServiceCollectionExtensions
{
    /// <summary>The Backup module's door: archives from the command line and on a schedule, and /admin/backups.</summary>
    public static IServiceCollection AddBackup(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BackupOptions>()
            .Bind(configuration.GetSection(BackupOptions.SectionName))
            .Validate(o => o.Keep >= 1, "Backup:Keep must be 1 or more.")
            .Validate(o => o.Schedule is null || o.Schedule.Value >= TimeSpan.Zero, "Backup:Schedule must be a positive interval such as 1.00:00:00.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), "Backup:Folder must name a folder.")
            .ValidateOnStart();
        services.AddSingleton<PostgresTools>();
        services.AddSingleton<SqliteDatabaseBackup>();
        services.AddSingleton<PostgresDatabaseBackup>();
        services.AddSingleton<BackupService>();
        services.AddSingleton<BackupSchedule>();
        services.AddHostedService<ScheduledBackupService>();
        services.AddScoped<ICommandLineCommand, BackupCreateCommand>();
        services.AddScoped<ICommandLineCommand, BackupRestoreCommand>();
        services.AddSingleton(new AdminMenuEntry("Backups", "/admin/backups", AdminPolicies.Administrator,
            "When the site was last backed up, and whether it worked.", Order: 90));
        services.AddRazorPages();
        return services;
    }
}
