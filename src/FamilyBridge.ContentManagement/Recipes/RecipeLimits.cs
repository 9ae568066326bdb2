using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Bounds on what one recipe may cost, read from the <c>Recipes</c> configuration section. A recipe is trusted
/// less than code: administrators and operators import files they did not write, so size, scripts and reads of
/// the host are limited (issue 16 finding 8).
/// </summary>
public sealed record RecipeLimits
{
    /// <summary>Non-secret keys <c>configuration()</c> answers when no list is configured: Orchard's admin prefix.</summary>
    public static readonly IReadOnlyList<string> DefaultConfigurationKeys = ["OrchardCore_Admin:AdminUrlPrefix"];

    /// <summary>A file larger than this is refused before it is parsed (default 20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Content items in all <c>content</c> steps of one file, refused up front above this.</summary>
    public int MaxContentItems { get; init; } = 20_000;

    /// <summary>Time one <c>[js: …]</c> script may run.</summary>
    public TimeSpan ScriptTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Memory one script may allocate.</summary>
    public long ScriptMemoryBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Characters one evaluated value (script result, variable, file text) may have.</summary>
    public int MaxValueChars { get; init; } = 1_000_000;

    /// <summary>Characters all evaluated values of one import may add up to.</summary>
    public long MaxTotalChars { get; init; } = 20 * 1024 * 1024;

    /// <summary>How deep variables may refer to other variables.</summary>
    public int MaxVariableDepth { get; init; } = 16;

    /// <summary>The configuration keys <c>configuration()</c> answers; any other key gives its default.</summary>
    public IReadOnlyList<string> ConfigurationKeys { get; init; } = DefaultConfigurationKeys;

    public static RecipeLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Recipes");
        var defaults = new RecipeLimits();
        var keys = section.GetSection("ScriptConfigurationKeys").GetChildren().Select(c => c.Value).OfType<string>().ToList();
        return new RecipeLimits
        {
            MaxFileBytes = Long(section["MaxFileBytes"], defaults.MaxFileBytes),
            MaxContentItems = (int)Long(section["MaxContentItems"], defaults.MaxContentItems),
            ScriptTimeout = TimeSpan.FromMilliseconds(Long(section["ScriptTimeoutMilliseconds"], (long)defaults.ScriptTimeout.TotalMilliseconds)),
            ScriptMemoryBytes = Long(section["ScriptMemoryBytes"], defaults.ScriptMemoryBytes),
            MaxValueChars = (int)Long(section["MaxValueChars"], defaults.MaxValueChars),
            MaxTotalChars = Long(section["MaxTotalChars"], defaults.MaxTotalChars),
            ConfigurationKeys = keys.Count > 0 ? [.. DefaultConfigurationKeys, .. keys] : DefaultConfigurationKeys,
        };
    }

    private static long Long(string? text, long fallback) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
