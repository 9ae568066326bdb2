using System.Text.Json;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>
/// Checks an item's parts and fields against their definitions before anything is written: a value of the wrong
/// JSON type (a NumericField's <c>Value</c> given as text, a TitlePart's <c>Title</c> as a number) would otherwise be
/// stored and fail only when a reader opens the page. Bag and flow items are checked the same way.
/// </summary>
public sealed class ContentItemValidator(IReadOnlyDictionary<string, ContentTypeDefinition> types, IReadOnlyDictionary<string, ContentPartDefinition> parts)
{
    private static readonly JsonValueKind[] Text = [JsonValueKind.String, JsonValueKind.Null];
    private static readonly JsonValueKind[] Number = [JsonValueKind.Number, JsonValueKind.Null];
    private static readonly JsonValueKind[] Boolean = [JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null];
    private static readonly JsonValueKind[] List = [JsonValueKind.Array, JsonValueKind.Null];

    // Orchard's built-in parts and fields and the JSON kind each of their properties must have.
    private static readonly Dictionary<string, (string Property, JsonValueKind[] Kinds)[]> Shapes = new(StringComparer.Ordinal)
    {
        ["TitlePart"] = [("Title", Text)],
        ["AutoroutePart"] = [("Path", Text)],
        ["AliasPart"] = [("Alias", Text)],
        ["HtmlBodyPart"] = [("Html", Text)],
        ["MarkdownBodyPart"] = [("Markdown", Text)],
        ["ContainedPart"] = [("ListContentItemId", Text), ("Order", Number)],
        ["BagPart"] = [("ContentItems", List)],
        ["FlowPart"] = [("Widgets", List)],
        ["TaxonomyPart"] = [("Terms", List), ("TermContentType", Text)],
        ["TextField"] = [("Text", Text)],
        ["HtmlField"] = [("Html", Text)],
        ["MarkdownField"] = [("Markdown", Text)],
        ["NumericField"] = [("Value", Number)],
        ["BooleanField"] = [("Value", Boolean)],
        ["DateField"] = [("Value", Text)],
        ["DateTimeField"] = [("Value", Text)],
        ["TimeField"] = [("Value", Text)],
        ["LinkField"] = [("Url", Text), ("Text", Text)],
        ["ContentPickerField"] = [("ContentItemIds", List)],
        ["UserPickerField"] = [("UserIds", List)],
        ["MediaField"] = [("Paths", List), ("MediaTexts", List)],
        ["TaxonomyField"] = [("TaxonomyContentItemId", Text), ("TermContentItemIds", List)],
        ["YoutubeField"] = [("EmbeddedAddress", Text), ("RawAddress", Text)],
    };

    /// <summary>The first problem as "field path: what is wrong", or null when the item is well-formed.</summary>
    public string? Validate(JsonObject item, string path = "")
    {
        var typeName = Find(item, "ContentType") is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        if (typeName is null || !types.TryGetValue(typeName, out var type))
        {
            return null;
        }

        foreach (var part in type.Parts)
        {
            if (Find(item, part.Name) is not { } value)
            {
                continue;
            }

            var partPath = Join(path, part.Name);
            if (value is not JsonObject partObject)
            {
                return $"{partPath}: expected an object for the part {part.PartName} but found {Describe(value)}";
            }

            if ((Check(partObject, part.PartName, partPath) ?? Children(partObject, part.PartName, partPath)) is { } partProblem)
            {
                return partProblem;
            }

            if (!parts.TryGetValue(part.PartName, out var definition))
            {
                continue;
            }

            foreach (var field in definition.Fields)
            {
                if (Find(partObject, field.Name) is not { } fieldValue)
                {
                    continue;
                }

                var fieldPath = Join(partPath, field.Name);
                if (fieldValue is not JsonObject fieldObject)
                {
                    return $"{fieldPath}: expected an object for the {field.FieldName} but found {Describe(fieldValue)}";
                }

                if (Check(fieldObject, field.FieldName, fieldPath) is { } fieldProblem)
                {
                    return fieldProblem;
                }
            }
        }

        return null;
    }

    private static string? Check(JsonObject value, string kind, string path)
    {
        if (!Shapes.TryGetValue(kind, out var shape))
        {
            return null;
        }

        foreach (var (property, kinds) in shape)
        {
            if (Find(value, property) is { } node && !kinds.Contains(node.GetValueKind()))
            {
                return $"{Join(path, property)}: expected {Word(kinds[0])} but found {Describe(node)}";
            }
        }

        return null;
    }

    // Bag, flow and taxonomy items are content items themselves.
    private string? Children(JsonObject part, string kind, string path)
    {
        var key = kind switch { "BagPart" => "ContentItems", "FlowPart" => "Widgets", "TaxonomyPart" => "Terms", _ => null };
        if (key is null || Find(part, key) is not JsonArray children)
        {
            return null;
        }

        for (var i = 0; i < children.Count; i++)
        {
            var childPath = $"{Join(path, key)}[{i}]";
            if (children[i] is not JsonObject child)
            {
                return $"{childPath}: expected a content item object but found {Describe(children[i])}";
            }

            if (Validate(child, childPath) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static JsonNode? Find(JsonObject obj, string key) =>
        obj.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Word(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "a list [ … ]",
        _ => "an object { … }",
    };

    private static string Describe(JsonNode? node)
    {
        if (node is null)
        {
            return "null";
        }

        var json = node.ToJsonString();
        return $"{Word(node.GetValueKind())} ({(json.Length > 40 ? json[..40] + "…" : json)})";
    }
}
