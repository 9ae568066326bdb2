namespace FamilyBridge.Editor.Models;

/// <summary>One item of a bag: its id (so anything the form does not show survives) and its fields.</summary>
public sealed class FormBagItem
{
    public string? ContentItemId { get; init; }

    public required IReadOnlyList<FormField> Fields { get; init; }
}
