using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Caching;
using FamilyBridge.Theme.Display;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Reading.Shapes;

/// <summary>
/// <c>SiteName</c> from the site settings, read once and kept until the settings change
/// (<see cref="Invalidate"/>), because every page's layout shows it.
/// </summary>
public sealed class SiteNameSource(IServiceScopeFactory scopes) : ISiteNameSource, INodeMemoryCache
{
    public const string Name = "site-name";

    public const string DefaultName = "FamilyBridge";

    private string? _name;
    private long _version;

    public async Task<string> GetSiteNameAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _name) is { } name)
        {
            return name;
        }

        var version = Interlocked.Read(ref _version);
        await using var scope = scopes.CreateAsyncScope();
        var document = await scope.ServiceProvider.GetRequiredService<ISiteSettingsService>().GetAsync(cancellationToken);
        var read = document["SiteName"]?.GetValue<string>();
        name = string.IsNullOrWhiteSpace(read) ? DefaultName : read;
        if (Interlocked.Read(ref _version) == version)
        {
            Volatile.Write(ref _name, name);
        }

        return name;
    }

    public string CacheName => Name;

    public void Forget() => Invalidate();

    public void Invalidate()
    {
        Interlocked.Increment(ref _version);
        Volatile.Write(ref _name, null);
    }
}
