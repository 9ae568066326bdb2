using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Core.Caching;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.Html;

namespace FamilyBridge.Reading.Caching;

/// <summary>
/// The reader-independent parts of a published lesson page, kept as finished HTML per item version, fragment and
/// language. A fragment also shows other items (the module's title, the neighbouring lessons), so the whole cache
/// is forgotten on every content event on every node, together with the outline it was drawn from
/// (<see cref="PublicPageEvictionHandler"/>). Drafts are never kept: a draft changes without a new version id.
/// </summary>
public sealed class LessonFragmentCache(HtmlEncoder encoder) : IContentFragmentCache, INodeMemoryCache
{
    public const string Name = "lesson-fragments";

    /// <summary>Far above the curriculum (a few fragments per lesson); past it, a fragment is drawn and not kept.</summary>
    private const int MaxEntries = 4096;

    private readonly ConcurrentDictionary<(string VersionId, string Fragment, string Culture), HtmlString> _fragments = new();
    private long _generation;

    public string CacheName => Name;

    /// <summary>The fragments kept for one item version, so a test can check that what is kept belongs to nobody.</summary>
    public IReadOnlyList<string> Held(string contentItemVersionId) =>
        [.. _fragments.Where(f => f.Key.VersionId == contentItemVersionId).Select(f => f.Value.Value ?? "")];

    public async Task<IHtmlContent> GetOrRenderAsync(ContentItem item, string fragment, Func<Task<IHtmlContent>> render)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(render);
        if (!item.Published || string.IsNullOrEmpty(item.ContentItemVersionId))
        {
            return await render();
        }

        var key = (item.ContentItemVersionId, fragment, CultureInfo.CurrentUICulture.Name);
        if (_fragments.TryGetValue(key, out var stored))
        {
            return stored;
        }

        var generation = Interlocked.Read(ref _generation);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        (await render()).WriteTo(writer, encoder);
        var html = new HtmlString(writer.ToString());
        // A change that landed while this fragment was drawn may not show in it: keep it only if none did.
        if (Interlocked.Read(ref _generation) == generation && _fragments.Count < MaxEntries)
        {
            _fragments.TryAdd(key, html);
            if (Interlocked.Read(ref _generation) != generation)
            {
                _fragments.TryRemove(key, out _);
            }
        }

        return html;
    }

    public void Forget()
    {
        Interlocked.Increment(ref _generation);
        _fragments.Clear();
    }
}
