namespace FamilyBridge.Editor.Models;

/// <summary>
/// One input of a content form, generated from the type's definition. <see cref="Name"/> is both the posted name
/// and the key its error is filed under.
/// </summary>
public sealed class FormField
{
    public required string Name { get; init; }

    public required string Label { get; init; }

    public required FormFieldKind Kind { get; init; }

    /// <summary>The part key (e.g. "Lesson") and field name (e.g. "Summary") it writes to; null for the built-in parts.</summary>
    public string? PartName { get; init; }

    public string? FieldName { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>NumericField: digits after the decimal point (0 = whole numbers).</summary>
    public int Scale { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public IReadOnlyList<FormOption> Options { get; init; } = [];

    /// <summary>What the input shows: as read from the item or exactly as typed.</summary>
    public string Value { get; set; } = "";

    /// <summary>LinkField: the link text, posted as <c>{Name}.Text</c>.</summary>
    public string LinkText { get; set; } = "";

    /// <summary>The HTML id: the name with dots made underscores, as the error summary links to it.</summary>
    public string Id => Name.Replace('.', '_');

    public FormField CopyFor(string name) => new()
    {
        Name = name,
        Label = Label,
        Kind = Kind,
        PartName = PartName,
        FieldName = FieldName,
        Hint = Hint,
        Required = Required,
        Scale = Scale,
        Minimum = Minimum,
        Maximum = Maximum,
        Options = Options,
    };
}
