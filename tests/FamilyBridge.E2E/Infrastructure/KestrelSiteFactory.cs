using System.Net;
using FamilyBridge.ContentManagement.Recipes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// The real site on real Kestrel (loopback, a free port) so a real browser can reach it, with its own temp
/// App_Data folder and SQLite unless <c>settings</c> say otherwise (e.g. Database:Provider=Postgres), and
/// rate limits high enough for many journeys from one address.
/// </summary>
public sealed class KestrelSiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    /// <param name="shippedLimits">Keep the account rate limits as shipped in appsettings.json.</param>
    public KestrelSiteFactory(IReadOnlyDictionary<string, string?>? settings = null, bool shippedLimits = false)
    {
        AppDataPath = Path.Combine(Path.GetTempPath(), "familybridge-e2e-" + Guid.NewGuid().ToString("N"));
        // The port is chosen before the start because emailed links are built from Site:BaseUrl, never the request.
        var port = FreePort();
        Directory.CreateDirectory(AppDataPath);
        // Every journey on a shared site signs in from the same loopback address; the per-IP limits themselves are
        // proven by the integration tests (RateLimitTests), so here they must not refuse the tenth sign-in.
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AppData:Path"] = AppDataPath,
            ["Site:BaseUrl"] = $"http://127.0.0.1:{port}/",
        };
        if (!shippedLimits)
        {
            _settings["Accounts:SignIn:PermitLimit"] = "10000";
            _settings["Accounts:Register:PermitLimit"] = "10000";
            _settings["Accounts:PasswordReset:PermitLimit"] = "10000";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
    }

    public string AppDataPath { get; }

    /// <summary>The site's real address, e.g. <c>http://127.0.0.1:41234/</c>; starts the site on first use.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public async Task<RecipeImportResult> ImportRecipeAsync(string path)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRecipeImporter>().ImportFileAsync(path, CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(AppDataPath, recursive: true);
        }
        catch (IOException)
        {
        }

        GC.SuppressFinalize(this);
    }
}
