using FamilyBridge.ContentManagement;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// The content module alone, as the site composes it (AddFamilyBridgeCore + AddContentManagement, real migrations),
/// on a SQLite file in a temp folder or a fresh PostgreSQL database. No web host.
/// </summary>
public sealed class ContentTestHost : IAsyncDisposable
{
    private readonly ModuleStorage _storage;

    private ContentTestHost(ModuleStorage storage, ServiceProvider services, FakeTimeProvider clock, RecordedEvents events)
    {
        _storage = storage;
        Services = services;
        Clock = clock;
        Events = events;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public RecordedEvents Events { get; }

    public string FolderPath => _storage.Folder.Path;

    public static async Task<ContentTestHost> CreateAsync(
        DatabaseProvider provider, IDictionary<string, string?>? extraConfiguration = null, Action<IServiceCollection>? configure = null)
    {
        var storage = await ModuleStorage.CreateAsync("familybridge-content", provider);
        try
        {
            var settings = storage.Settings();
            foreach (var (key, value) in extraConfiguration ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            var events = new RecordedEvents();
            var services = ModuleServices.Create(storage.Folder.Path, configuration, clock);
            services.AddSingleton(events);
            services.AddScoped<IDomainEventHandler<ContentPublished>, RecordingHandler>();
            services.AddScoped<IDomainEventHandler<ContentUnpublished>, RecordingHandler>();
            services.AddScoped<IDomainEventHandler<ContentRemoved>, RecordingHandler>();
            services.AddContentManagement(configuration);
            configure?.Invoke(services);

            var provider1 = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
            await provider1.MigrateDatabasesAsync();
            return new ContentTestHost(storage, provider1, clock, events);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> in its own scope, as one request or command would.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action) => Services.RunInScopeAsync(action);

    public Task RunAsync(Func<IServiceProvider, Task> action) => Services.RunInScopeAsync(action);

    /// <summary>Rows per table, to prove an import changed nothing (or everything rolled back).</summary>
    public Task<(int Items, int Definitions, int Settings)> CountRowsAsync() => RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<ContentDbContext>();
        return (await db.ContentItems.CountAsync(), await db.ContentDefinitions.CountAsync(), await db.SiteSettings.CountAsync());
    });

    /// <summary>Imports a recipe file the way the command line and /admin/recipes do.</summary>
    public Task<RecipeImportResult> ImportFileAsync(string path) =>
        RunAsync(sp => sp.GetRequiredService<IRecipeImporter>().ImportFileAsync(path, CancellationToken.None));

    /// <summary>Every stored version's document, in a stable order, to prove a second import changed nothing.</summary>
    public Task<List<string>> StoredDocumentsAsync() => RunAsync(sp =>
        sp.GetRequiredService<ContentDbContext>().ContentItems.OrderBy(r => r.ContentItemVersionId).Select(r => r.Document).ToListAsync());

    /// <summary>
    /// What readers see, to compare two sites. Latest is left out: where the source has a newer draft, the site that
    /// imported the published version has it as its latest.
    /// </summary>
    public Task<List<string>> PublishedDocumentsAsync() => RunAsync(async sp =>
        (await sp.GetRequiredService<IContentQuery>().GetAllAsync(VersionOptions.Published))
            .OrderBy(i => i.ContentItemId, StringComparer.Ordinal)
            .Select(i =>
            {
                var copy = i.Clone();
                copy.Document.Remove("Latest");
                return copy.ToJson();
            })
            .ToList());

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _storage.DisposeAsync();
    }

    /// <summary>Writes a recipe file into the host's temp folder and returns its path.</summary>
    public string WriteFile(string relativePath, string text)
    {
        var path = Path.Combine(_storage.Folder.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class RecordingHandler(RecordedEvents events) :
        IDomainEventHandler<ContentPublished>, IDomainEventHandler<ContentUnpublished>, IDomainEventHandler<ContentRemoved>
    {
        public Task HandleAsync(ContentPublished domainEvent, CancellationToken cancellationToken) => events.AddAsync(domainEvent);

        public Task HandleAsync(ContentUnpublished domainEvent, CancellationToken cancellationToken) => events.AddAsync(domainEvent);

        public Task HandleAsync(ContentRemoved domainEvent, CancellationToken cancellationToken) => events.AddAsync(domainEvent);
    }
}
