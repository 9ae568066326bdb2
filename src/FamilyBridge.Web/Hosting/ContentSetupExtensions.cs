using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace FamilyBridge.Web.Hosting;

public static class ContentSetupExtensions
{
    /// <summary>
    /// Migrations, then the setup recipe on a site's first start, under the one start-up lock: nodes starting
    /// together on an empty PostgreSQL database take turns, so the site is set up once.
    /// </summary>
    public static async Task PrepareSiteAsync(this IServiceProvider services, StartupPhases phases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phases);
        await using var startupLock = await services.AcquireStartupLockAsync(cancellationToken);
        await phases.TimeAsync("migrations", () => services.MigrateDatabasesAsync(cancellationToken));
        await phases.TimeAsync("setup check", () => services.EnsureContentSetUpAsync(cancellationToken));

        // The data-protection key ring is loaded (and on an empty database its first key made) here, inside the lock:
        // nodes starting together then all sign with the one key the first node made, instead of each making its own
        // and refusing the others' cookies until their key rings refresh.
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("FamilyBridge.Startup").Protect([0]);
    }

    /// <summary>Imports the setup recipe on a site's first start (content types, settings, roles, curriculum).</summary>
    public static async Task EnsureContentSetUpAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentSetup>().EnsureSetUpAsync(cancellationToken);
    }
}
