using System.Text.Json;
using System.Text.Json.Serialization;

namespace FamilyBridge.Backup.Models;

/// <summary>
/// <c>manifest.json</c> inside every archive: what made it, when, how many rows each table held in the snapshot, and
/// the SHA-256 of every other entry, so a restore can refuse an archive that was cut short or changed.
/// </summary>
public sealed class BackupManifest
{
    public const string EntryName = "manifest.json";

    /// <summary>Bumped when the archive layout changes; a restore refuses a format it does not know.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public int Format { get; set; } = CurrentFormat;

    /// <summary>The site's version (its assembly's informational version) that wrote the archive.</summary>
    public string Version { get; set; } = "";

    public DateTimeOffset CreatedUtc { get; set; }

    /// <summary><c>Sqlite</c> or <c>Postgres</c>: restore goes back to the same kind of database.</summary>
    public string Provider { get; set; } = "";

    /// <summary>Rows per table, counted inside the same snapshot the database entry holds.</summary>
    public SortedDictionary<string, long> Tables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Entry name → lowercase hex SHA-256 of its bytes, for every entry but this manifest.</summary>
    public SortedDictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static BackupManifest? FromJson(string json) => JsonSerializer.Deserialize<BackupManifest>(json, JsonOptions);
}
