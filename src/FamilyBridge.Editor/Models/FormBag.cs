namespace FamilyBridge.Editor.Models;

/// <summary>A repeatable list of small items (Orchard's BagPart), e.g. a lesson's knowledge-check questions.</summary>
public sealed class FormBag
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    /// <summary>The content type of each item, e.g. "KnowledgeCheckQuestion".</summary>
    public required string ItemType { get; init; }

    public required string ItemLabel { get; init; }

    /// <summary>The fields each item has, named as if for item 0; copied per item.</summary>
    public required IReadOnlyList<FormField> Template { get; init; }

    public List<FormBagItem> Items { get; } = [];

    public string Id => "bag-" + Name;
}
