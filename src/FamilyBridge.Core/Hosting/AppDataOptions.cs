namespace FamilyBridge.Core.Hosting;

/// <summary>Where the site writes at run time (database, search index, mail pickup, media, keys).</summary>
public sealed class AppDataOptions
{
    public const string SectionName = "AppData";

    /// <summary>Absolute, or relative to the content root. Defaults to <c>App_Data</c>.</summary>
    public string Path { get; set; } = "App_Data";
}
