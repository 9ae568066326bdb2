using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// Where a module test host (modules composed without the web host) keeps its data: App_Data in a temp folder, and
/// SQLite there or a fresh PostgreSQL database. Disposing removes both.
/// </summary>
public sealed class ModuleStorage : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;

    private ModuleStorage(TempFolder folder, DatabaseProvider provider, PostgresDatabase? postgres)
    {
        Folder = folder;
        Provider = provider;
        _postgres = postgres;
    }

    public TempFolder Folder { get; }

    public DatabaseProvider Provider { get; }

    public string AppDataPath => Folder.Combine("App_Data");

    public static async Task<ModuleStorage> CreateAsync(string folderPrefix, DatabaseProvider provider)
    {
        var folder = new TempFolder(folderPrefix);
        try
        {
            return new ModuleStorage(folder, provider, provider == DatabaseProvider.Postgres ? await PostgresDatabase.CreateAsync() : null);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>The public address module hosts are given: every emailed link starts with it.</summary>
    public static readonly Uri SiteBaseUrl = new("https://family.example/");

    /// <summary>The settings that point a site at this storage; a host adds its own and builds configuration from them.</summary>
    public Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["AppData:Path"] = AppDataPath,
            ["Database:Provider"] = Provider.ToString(),
            ["Site:BaseUrl"] = SiteBaseUrl.AbsoluteUri,
        };
        if (_postgres is not null)
        {
            settings["ConnectionStrings:FamilyBridge"] = _postgres.ConnectionString;
        }

        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        Folder.Dispose();
    }
}

public static class ScopedServiceProviderExtensions
{
    /// <summary>Runs <paramref name="action"/> in its own scope, as one request or command would.</summary>
    public static async Task<T> RunInScopeAsync<T>(this IServiceProvider services, Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static async Task RunInScopeAsync(this IServiceProvider services, Func<IServiceProvider, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }
}
