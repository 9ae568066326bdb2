namespace FamilyBridge.ContentManagement.Models;

/// <summary>A field an administrator adds to a content type from the admin.</summary>
/// <param name="Name">The technical name, e.g. "ReadingLevel": letters, digits and underscores, starting with a letter.</param>
/// <param name="DisplayName">What editors see on the form, e.g. "Reading level".</param>
/// <param name="FieldName">Orchard's field kind: one of <see cref="Kinds"/>.</param>
/// <param name="Hint">Optional help shown under the field.</param>
public sealed record NewContentField(string Name, string DisplayName, string FieldName, string? Hint)
{
    /// <summary>The field kinds the admin offers (Orchard's names).</summary>
    public static readonly IReadOnlyList<string> Kinds = ["TextField", "NumericField", "BooleanField"];
}
