using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Core.Hosting;

/// <summary>Resolves folders under the app-data root and creates them on first use.</summary>
public sealed class AppDataPaths
{
    public AppDataPaths(IOptions<AppDataOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        Root = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Path));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A folder under the root (created if missing), e.g. <c>GetFolder("search")</c>.</summary>
    public string GetFolder(string name)
    {
        var folder = System.IO.Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
