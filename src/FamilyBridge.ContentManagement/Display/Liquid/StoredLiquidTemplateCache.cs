using FamilyBridge.Core.Caching;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// The stored templates as last read, shared by every request: a signed-in lesson page must not pay a settings
/// query for templates it almost never has. Any save of the site settings (an administrator's edit, a recipe's
/// <c>Templates</c> step) forgets it on every node (<see cref="StoredLiquidTemplateEvictionHandler"/>), so the
/// next request reads the new ones.
/// </summary>
public sealed class StoredLiquidTemplateCache : INodeMemoryCache
{
    public const string Name = "liquid-templates";

    private readonly Lock _gate = new();
    private IReadOnlyDictionary<string, string>? _templates;
    private long _generation;

    /// <summary>The cached templates, or null with the generation a reader must hand back to <see cref="TrySet"/>.</summary>
    public (IReadOnlyDictionary<string, string>? Templates, long Generation) Current
    {
        get
        {
            lock (_gate)
            {
                return (_templates, _generation);
            }
        }
    }

    /// <summary>Keeps what was read, unless the settings changed while it was being read (then it may be stale).</summary>
    public void TrySet(IReadOnlyDictionary<string, string> templates, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation)
            {
                _templates = templates;
            }
        }
    }

    public void Forget()
    {
        lock (_gate)
        {
            _templates = null;
            _generation++;
        }
    }

    public string CacheName => Name;
}
