using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Reading.Shapes;

/// <summary>
/// The published curriculum (modules in order, each module's lessons in order) held in memory, so a reader's
/// page finds its lesson, module and neighbours without a query. Loaded with two queries on first use and
/// dropped by <see cref="Invalidate"/> on every content event, on every node (see <c>PublicPageEvictionHandler</c>).
/// </summary>
public sealed class ReadingOutline(IServiceScopeFactory scopes) : INodeMemoryCache
{
    public const string Name = "reading-outline";

    public const string ModuleType = "Module";
    public const string LessonType = "Lesson";

    private Snapshot? _snapshot;
    private long _version;

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _snapshot) is { } current)
        {
            return current;
        }

        var version = Interlocked.Read(ref _version);
        var loaded = await LoadAsync(cancellationToken);
        // A change that landed while this load ran must not be hidden by a snapshot taken before it.
        if (Interlocked.Read(ref _version) == version)
        {
            Interlocked.CompareExchange(ref _snapshot, loaded, null);
        }

        return loaded;
    }

    public string CacheName => Name;

    public void Forget() => Invalidate();

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _snapshot, null);
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentQuery>();
        var modules = await query.GetByTypeAsync(ModuleType, VersionOptions.Published, cancellationToken);
        var lessons = await query.GetByTypeAsync(LessonType, VersionOptions.Published, cancellationToken);
        foreach (var item in modules.Concat(lessons))
        {
            // JsonObject builds its dictionary lazily on first read, which is not safe across threads: every
            // request shares these items, so build it all now, once.
            Materialize(item.Document);
        }

        return new Snapshot(
            [.. modules
                .OrderBy(m => m.GetNumber(ModuleType, "Order") ?? decimal.MaxValue)
                .ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase)],
            lessons
                .Where(l => ContainerOf(l) is not null)
                .GroupBy(l => ContainerOf(l)!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ContentItem>)[.. g], StringComparer.Ordinal),
            lessons.Concat(modules)
                .Where(i => i.Path is not null)
                .GroupBy(i => i.Path!, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase),
            modules.Concat(lessons).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal));
    }

    public static string? ContainerOf(ContentItem item) =>
        item?.GetPart("ContainedPart")?["ListContentItemId"]?.GetValue<string>();

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Materialize(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Materialize(child);
                }

                break;
        }
    }

    /// <summary>One consistent view of the published curriculum. Items are shared: read them, never change them.</summary>
    public sealed record Snapshot(
        IReadOnlyList<ContentItem> Modules,
        IReadOnlyDictionary<string, IReadOnlyList<ContentItem>> LessonsByModule,
        IReadOnlyDictionary<string, ContentItem> ByPath,
        IReadOnlyDictionary<string, ContentItem> ById)
    {
        public IReadOnlyList<ContentItem> LessonsOf(string moduleId) =>
            LessonsByModule.TryGetValue(moduleId, out var lessons) ? lessons : [];
    }
}
