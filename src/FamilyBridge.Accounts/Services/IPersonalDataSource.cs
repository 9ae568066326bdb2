using System.Text.Json.Nodes;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// A module's share of "download everything the site holds about me". Modules that keep personal rows register
/// one; Accounts gathers them under <see cref="Name"/> in the export.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The export's section name, e.g. "learning".</summary>
    string Name { get; }

    Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken);
}
