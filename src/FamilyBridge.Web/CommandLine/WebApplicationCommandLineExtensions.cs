using FamilyBridge.Core.Data;
using FamilyBridge.Web.Hosting;

namespace FamilyBridge.Web.CommandLine;

public static class WebApplicationCommandLineExtensions
{
    /// <summary>
    /// Runs a command against the built, never started, site (no server, no background services) and returns
    /// the process exit code. The database is migrated and set up first, so the content types exist.
    /// </summary>
    public static async Task<int> RunCommandLineAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            return await CommandLineRunner.RunAsync(
                app.Services, args, Console.Out, Console.Error, PrepareAsync, app.Lifetime.ApplicationStopping);

            async Task PrepareAsync(CancellationToken cancellationToken)
            {
                // A command may run while the site's nodes start: the same lock keeps them from migrating at once.
                await using var startupLock = await app.Services.AcquireStartupLockAsync(cancellationToken);
                await app.Services.MigrateDatabasesAsync(cancellationToken);
                await app.Services.EnsureContentSetUpAsync(cancellationToken);
            }
        }
        finally
        {
            await Console.Out.FlushAsync();
            await app.DisposeAsync();
        }
    }
}
