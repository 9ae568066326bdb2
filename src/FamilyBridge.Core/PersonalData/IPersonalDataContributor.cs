using System.Text.Json.Nodes;

namespace FamilyBridge.Core.PersonalData;

/// <summary>
/// A module's share of "download everything the site holds about me". Every module whose tables hold rows about a
/// person registers one (a test fails when a module with personal columns does not); Accounts gathers them, each
/// under <see cref="Name"/>, with <see cref="Description"/> in the download's readme.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>The export's section name, e.g. "circles".</summary>
    string Name { get; }

    /// <summary>One plain sentence for the readme: what this section holds.</summary>
    string Description { get; }

    Task<JsonNode> ExportAsync(PersonalDataSubject person, CancellationToken cancellationToken);
}
