namespace FamilyBridge.ContentManagement.Data;

/// <summary>
/// A content type or part definition, stored as Orchard's <c>ContentTypeDefinitionRecord</c> /
/// <c>ContentPartDefinitionRecord</c> JSON so recipes and exports round-trip settings we do not interpret.
/// </summary>
public sealed class ContentDefinitionRecord
{
    public const string TypeKind = "Type";
    public const string PartKind = "Part";

    public long Id { get; set; }

    /// <summary><see cref="TypeKind"/> or <see cref="PartKind"/>.</summary>
    public string Kind { get; set; } = TypeKind;

    public string Name { get; set; } = "";

    public string Document { get; set; } = "{}";
}
