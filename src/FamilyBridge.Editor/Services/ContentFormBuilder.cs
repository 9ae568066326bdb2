using System.Globalization;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Models;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Makes a content type's edit form from its definition: title, path, container, Markdown body, the fields of
/// its own parts and its bags. Parts and fields it does not know stay in the document untouched.
/// </summary>
public sealed class ContentFormBuilder(IContentDefinitionManager definitions, IContentQuery query, IStringLocalizer<EditorText> S)
{
    public async Task<ContentForm?> CreateAsync(string contentType, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType, cancellationToken);
        if (type is null)
        {
            return null;
        }

        var form = new ContentForm { ContentType = type.Name, TypeDisplayName = type.DisplayName };
        var parts = type.Parts;
        if (parts.Any(p => p.PartName == "TitlePart"))
        {
            form.Fields.Add(new FormField { Name = "Title", Label = S["Title"], Kind = FormFieldKind.Title, Required = true });
        }

        if (parts.Any(p => p.PartName == "AutoroutePart"))
        {
            form.Fields.Add(new FormField
            {
                Name = "Path",
                Label = S["Web address"],
                Kind = FormFieldKind.Path,
                Hint = S["Leave it empty to make one from the title. Use lower-case letters, numbers, hyphens and slashes."],
            });
        }

        if (parts.Any(p => p.PartName == "ContainedPart"))
        {
            form.Fields.Add(await ContainerFieldAsync(type.Name, cancellationToken));
        }

        foreach (var part in parts.Where(p => p.PartName is not ("TitlePart" or "AutoroutePart" or "ContainedPart" or "MarkdownBodyPart" or "BagPart" or "ListPart")))
        {
            foreach (var field in await FieldsOfPartAsync(part.Name, part.PartName, "f", cancellationToken))
            {
                form.Fields.Add(field);
            }
        }

        if (parts.FirstOrDefault(p => p.PartName == "MarkdownBodyPart") is { } body)
        {
            form.Fields.Add(new FormField
            {
                Name = "Body",
                Label = body.DisplayName ?? S["Body"],
                Kind = FormFieldKind.Markdown,
                Hint = S["Markdown: ## for a heading, - for a list item, **bold**, [link text](https://…)."],
            });
        }

        foreach (var bag in parts.Where(p => p.PartName == "BagPart"))
        {
            var itemType = (bag.Settings["BagPartSettings"] as JsonObject)?["ContainedContentTypes"] is JsonArray types
                ? types.OfType<JsonValue>().Select(v => v.GetValue<string>()).FirstOrDefault()
                : null;
            var itemDefinition = itemType is null ? null : await definitions.GetTypeDefinitionAsync(itemType, cancellationToken);
            if (itemDefinition is null)
            {
                continue;
            }

            var template = new List<FormField>();
            foreach (var itemPart in itemDefinition.Parts)
            {
                template.AddRange(await FieldsOfPartAsync(itemPart.Name, itemPart.PartName, $"b.{bag.Name}.0", cancellationToken));
            }

            form.Bags.Add(new FormBag
            {
                Name = bag.Name,
                Label = bag.DisplayName ?? bag.Name,
                ItemType = itemDefinition.Name,
                ItemLabel = itemDefinition.DisplayName,
                Template = template,
            });
        }

        return form;
    }

    private async Task<FormField> ContainerFieldAsync(string contentType, CancellationToken cancellationToken)
    {
        var containerTypes = new List<string>();
        foreach (var type in await definitions.ListTypeDefinitionsAsync(cancellationToken))
        {
            var list = type.Parts.FirstOrDefault(p => p.PartName == "ListPart");
            if ((list?.Settings["ListPartSettings"] as JsonObject)?["ContainedContentTypes"] is JsonArray contained
                && contained.OfType<JsonValue>().Any(v => v.TryGetValue<string>(out var s) && s == contentType))
            {
                containerTypes.Add(type.Name);
            }
        }

        var options = new List<FormOption>();
        foreach (var type in containerTypes)
        {
            options.AddRange((await query.GetByTypeAsync(type, VersionOptions.Latest, cancellationToken))
                .OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase)
                .Select(i => new FormOption(i.ContentItemId, i.Title)));
        }

        return new FormField
        {
            Name = "Container",
            Label = containerTypes.Count == 1 ? containerTypes[0] : S["Belongs to"],
            Kind = FormFieldKind.Container,
            Required = true,
            Options = options,
        };
    }

    private async Task<IReadOnlyList<FormField>> FieldsOfPartAsync(string partKey, string partName, string prefix, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetPartDefinitionAsync(partName, cancellationToken);
        if (definition is null)
        {
            return [];
        }

        var fields = new List<FormField>();
        foreach (var field in definition.Fields.OrderBy(f => Position(f.Settings)))
        {
            var kind = field.FieldName switch
            {
                "TextField" when Settings(field.Settings, "TextFieldPredefinedListEditorSettings")?["Options"] is JsonArray => FormFieldKind.Select,
                "TextField" when field.Editor == "TextArea" => FormFieldKind.TextArea,
                "TextField" => FormFieldKind.Text,
                "NumericField" => FormFieldKind.Number,
                "BooleanField" => FormFieldKind.Boolean,
                "LinkField" => FormFieldKind.Link,
                "ContentPickerField" => FormFieldKind.Picker,
                _ => (FormFieldKind?)null,
            };
            if (kind is null)
            {
                continue;
            }

            var own = Settings(field.Settings, field.FieldName + "Settings");
            fields.Add(new FormField
            {
                Name = $"{prefix}.{partKey}.{field.Name}",
                Label = field.DisplayName,
                Kind = kind.Value,
                PartName = partKey,
                FieldName = field.Name,
                Hint = Settings(field.Settings, "ContentPartFieldSettings")?["Description"]?.ToString() ?? field.Hint ?? own?["Hint"]?.ToString(),
                Required = own?["Required"] is JsonValue r && r.TryGetValue<bool>(out var required) && required,
                Scale = own?["Scale"] is JsonValue s && s.TryGetValue<int>(out var scale) ? scale : 0,
                Minimum = Number(own?["Minimum"]),
                Maximum = Number(own?["Maximum"]),
                Options = kind switch
                {
                    FormFieldKind.Select => [.. ((JsonArray)Settings(field.Settings, "TextFieldPredefinedListEditorSettings")!["Options"]!)
                        .OfType<JsonObject>().Select(o => new FormOption(o["value"]?.ToString() ?? "", o["name"]?.ToString() ?? ""))],
                    FormFieldKind.Picker => await PickerOptionsAsync(own, cancellationToken),
                    _ => [],
                },
            });
        }

        return fields;
    }

    private async Task<IReadOnlyList<FormOption>> PickerOptionsAsync(JsonObject? settings, CancellationToken cancellationToken)
    {
        var types = settings?["DisplayedContentTypes"] is JsonArray displayed
            ? displayed.OfType<JsonValue>().Select(v => v.ToString()).ToList()
            : [];
        var options = new List<FormOption>();
        foreach (var type in types)
        {
            options.AddRange((await query.GetByTypeAsync(type, VersionOptions.Latest, cancellationToken)).Select(i => new FormOption(i.ContentItemId, i.Title)));
        }

        return options;
    }

    private static JsonObject? Settings(JsonObject settings, string name) => settings[name] as JsonObject;

    private static int Position(JsonObject settings) =>
        int.TryParse(Settings(settings, "ContentPartFieldSettings")?["Position"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : int.MaxValue;

    private static decimal? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
