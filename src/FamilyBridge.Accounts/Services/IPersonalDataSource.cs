using System.Text.Json.Nodes;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// The first shape of a module's share of the data download, keyed by user id only. New modules implement
/// <see cref="Core.PersonalData.IPersonalDataContributor"/> (in Core, so modules that do not reference Accounts can
/// take part); this one is still gathered the same way.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The export's section name, e.g. "learning".</summary>
    string Name { get; }

    Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken);
}
