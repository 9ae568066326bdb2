using FamilyBridge.ContentManagement.Recipes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// The real site in process: its own temp App_Data folder, SQLite by default or a fresh PostgreSQL database,
/// migrations and the setup recipe run as on a real first start. Pass <c>appDataPath</c> /
/// <c>postgresConnectionString</c> of an earlier site to start "the same site" again.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly bool _ownsAppData;
    private PostgresDatabase? _postgres;

    private SiteFactory(
        string appDataPath, bool ownsAppData, Dictionary<string, string?> settings, Action<IServiceCollection>? configureServices)
    {
        AppDataPath = appDataPath;
        _ownsAppData = ownsAppData;
        _settings = settings;
        _configureServices = configureServices;
    }

    /// <summary>
    /// The site's configured public address (<c>Site:BaseUrl</c>). Requests still reach it as localhost, so a test
    /// can tell a link built from the setting from one built from the request.
    /// </summary>
    public static readonly Uri PublicAddress = new("https://familybridge.test/");

    public string AppDataPath { get; }

    public SiteDatabase Database { get; private init; }

    /// <summary>The PostgreSQL connection string, when the site runs on PostgreSQL.</summary>
    public string? PostgresConnectionString { get; private init; }

    /// <summary>Creates the site and starts it (migrations, setup recipe) before returning.</summary>
    /// <param name="configureServices">Runs after the site's own registrations (ConfigureTestServices).</param>
    public static async Task<SiteFactory> StartAsync(
        SiteDatabase database = SiteDatabase.Sqlite,
        IReadOnlyDictionary<string, string?>? settings = null,
        string? appDataPath = null,
        string? postgresConnectionString = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var ownsAppData = appDataPath is null;
        appDataPath ??= Path.Combine(Path.GetTempPath(), "familybridge-site-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(appDataPath);

        PostgresDatabase? postgres = null;
        if (database == SiteDatabase.Postgres && postgresConnectionString is null)
        {
            postgres = await PostgresDatabase.CreateAsync();
            postgresConnectionString = postgres.ConnectionString;
        }

        var all = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AppData:Path"] = appDataPath,
            ["Site:BaseUrl"] = PublicAddress.AbsoluteUri,
        };
        if (database == SiteDatabase.Postgres)
        {
            all["Database:Provider"] = "Postgres";
            all["ConnectionStrings:FamilyBridge"] = postgresConnectionString;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new SiteFactory(appDataPath, ownsAppData, all, configureServices)
        {
            Database = database,
            PostgresConnectionString = postgresConnectionString,
        };
        factory._postgres = postgres;
        try
        {
            factory.StartServer();
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }

        return factory;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests assert them).</summary>
    public HttpClient CreateReader() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Imports a recipe through the engine, as <c>recipes import</c> would.</summary>
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
        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }

    /// <summary>
    /// Program reads <c>Redis:*</c> while it registers services (AddCluster registers nothing without it), before
    /// the configuration of <see cref="ConfigureWebHost"/> is applied (dotnet/aspnetcore#37680); host configuration
    /// is there from the start.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureHostConfiguration(configuration => configuration.AddInMemoryCollection(
            _settings.Where(s => s.Key.StartsWith("Redis:", StringComparison.OrdinalIgnoreCase))));
        return base.CreateHost(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_ownsAppData)
        {
            // SQLite's pool can hold the file a moment after the host stops; a leftover temp folder is harmless.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(AppDataPath, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        GC.SuppressFinalize(this);
    }
}
