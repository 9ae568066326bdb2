using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>Content type and part definitions (what a Lesson is made of), as Orchard keeps them.</summary>
public interface IContentDefinitionManager
{
    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default);

    Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or alters a type from an Orchard <c>ContentTypeDefinitionRecord</c>: settings are merged, parts are
    /// matched by <c>Name</c> (settings merged) or added; parts not mentioned are kept.
    /// </summary>
    Task MergeTypeDefinitionAsync(JsonObject record, CancellationToken cancellationToken = default);

    /// <summary>Creates or alters a part from an Orchard <c>ContentPartDefinitionRecord</c>, fields matched by <c>Name</c>.</summary>
    Task MergePartDefinitionAsync(JsonObject record, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a field to a type, as Orchard does: on the part named after the type (created and attached when the
    /// type has none), with <c>ContentPartFieldSettings</c> (DisplayName, Position) and the kind's own settings
    /// (e.g. <c>TextFieldSettings.Hint</c>). A recipe export then carries it.
    /// </summary>
    /// <exception cref="ContentDefinitionException">The type does not exist, the name is not an identifier, or the type already has a field with that name.</exception>
    Task AddFieldAsync(string typeName, NewContentField field, CancellationToken cancellationToken = default);
}
