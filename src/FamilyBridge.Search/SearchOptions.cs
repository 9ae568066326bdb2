namespace FamilyBridge.Search;

public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>How long the index may stay behind the database before the node reports itself not ready.</summary>
    public TimeSpan MaxCatchUpDelay { get; set; } = TimeSpan.FromSeconds(30);
}
