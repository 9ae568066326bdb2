namespace FamilyBridge.Editor.Models;

/// <summary>The edit form of one content type: its inputs and bags, in the order they are shown.</summary>
public sealed class ContentForm
{
    public required string ContentType { get; init; }

    public required string TypeDisplayName { get; init; }

    public List<FormField> Fields { get; } = [];

    public List<FormBag> Bags { get; } = [];

    public FormField? Field(FormFieldKind kind) => Fields.FirstOrDefault(f => f.Kind == kind);

    public IEnumerable<FormField> AllFields => Fields.Concat(Bags.SelectMany(b => b.Items.SelectMany(i => i.Fields)));
}
