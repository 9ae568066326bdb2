namespace FamilyBridge.Cluster;

/// <summary>The <c>Redis</c> section: set <see cref="Configuration"/> and the site runs as one of several nodes.</summary>
public sealed class ClusterOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string (<c>redis.internal:6379,password=…</c>); unset = one node.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put before every key and channel, so several sites can share one Redis.</summary>
    public string Prefix { get; set; } = "familybridge";
}
