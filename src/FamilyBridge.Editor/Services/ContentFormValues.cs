using System.Globalization;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Models;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Moves values between a <see cref="ContentForm"/> and a content item or a posted form. Writing touches only what the
/// form shows, so unknown parts, fields and bag-item data stay exactly as they were.
/// </summary>
public static class ContentFormValues
{
    /// <summary>Shows the item's current values.</summary>
    public static void Fill(ContentForm form, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(item);
        foreach (var field in form.Fields)
        {
            ReadFromItem(field, item);
        }

        foreach (var bag in form.Bags)
        {
            bag.Items.Clear();
            foreach (var bagItem in item.GetBagItems(bag.Name))
            {
                var added = NewBagItem(bag, bag.Items.Count, bagItem.ContentItemId);
                foreach (var field in added.Fields)
                {
                    ReadFromItem(field, bagItem);
                }
            }
        }
    }

    /// <summary>Shows exactly what was posted, bags included, so nothing typed is lost.</summary>
    public static void Fill(ContentForm form, Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(posted);
        foreach (var field in form.Fields)
        {
            ReadFromPost(field, posted);
        }

        foreach (var bag in form.Bags)
        {
            bag.Items.Clear();
            var count = int.TryParse(posted($"b.{bag.Name}.count"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c, 0, 100) : 0;
            for (var i = 0; i < count; i++)
            {
                var added = NewBagItem(bag, i, posted($"b.{bag.Name}.{i}.id"));
                foreach (var field in added.Fields)
                {
                    ReadFromPost(field, posted);
                }
            }
        }
    }

    public static void AddBagItem(ContentForm form, string bagName)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Bags.FirstOrDefault(b => b.Name == bagName) is { } bag && bag.Items.Count < 100)
        {
            NewBagItem(bag, bag.Items.Count, contentItemId: null);
        }
    }

    /// <summary>Removes item <paramref name="index"/> and renumbers the rest, keeping their values.</summary>
    public static void RemoveBagItem(ContentForm form, string bagName, int index)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Bags.FirstOrDefault(b => b.Name == bagName) is not { } bag || index < 0 || index >= bag.Items.Count)
        {
            return;
        }

        var kept = bag.Items.Where((_, i) => i != index).ToList();
        bag.Items.Clear();
        foreach (var old in kept)
        {
            var renamed = NewBagItem(bag, bag.Items.Count, old.ContentItemId);
            for (var f = 0; f < renamed.Fields.Count; f++)
            {
                renamed.Fields[f].Value = old.Fields[f].Value;
                renamed.Fields[f].LinkText = old.Fields[f].LinkText;
            }
        }
    }

    /// <summary>Writes the form into the item's document; parts and fields the form does not show are left as they are.</summary>
    public static void Apply(ContentForm form, ContentItem item, string? automaticPathPrefix)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(item);
        foreach (var field in form.Fields)
        {
            WriteToItem(field, item, form, automaticPathPrefix);
        }

        foreach (var bag in form.Bags)
        {
            var existing = item.GetBagItems(bag.Name).ToDictionary(i => i.ContentItemId, i => i.Document);
            var array = new JsonArray();
            foreach (var formItem in bag.Items)
            {
                var document = formItem.ContentItemId is { Length: > 0 } id && existing.TryGetValue(id, out var old)
                    ? (JsonObject)old.DeepClone()
                    : new JsonObject { ["ContentItemId"] = ContentIds.New(), ["ContentType"] = bag.ItemType };
                var bagItem = new ContentItem(document);
                foreach (var field in formItem.Fields)
                {
                    WriteToItem(field, bagItem, form, automaticPathPrefix);
                }

                array.Add(document);
            }

            item.GetOrCreatePart(bag.Name)["ContentItems"] = array;
        }
    }

    private static FormBagItem NewBagItem(FormBag bag, int index, string? contentItemId)
    {
        var prefix = $"b.{bag.Name}.0.";
        var item = new FormBagItem
        {
            ContentItemId = contentItemId,
            Fields = [.. bag.Template.Select(t => t.CopyFor($"b.{bag.Name}.{index}.{t.Name[prefix.Length..]}"))],
        };
        bag.Items.Add(item);
        return item;
    }

    private static void ReadFromItem(FormField field, ContentItem item)
    {
        switch (field.Kind)
        {
            case FormFieldKind.Title:
                field.Value = item.GetPart("TitlePart")?["Title"]?.ToString() ?? "";
                break;
            case FormFieldKind.Path:
                field.Value = item.Path ?? "";
                break;
            case FormFieldKind.Container:
                field.Value = item.GetPart("ContainedPart")?["ListContentItemId"]?.ToString() ?? "";
                break;
            case FormFieldKind.Markdown:
                field.Value = item.GetPart("MarkdownBodyPart")?["Markdown"]?.ToString() ?? "";
                break;
            case FormFieldKind.Number:
                field.Value = item.GetNumber(field.PartName!, field.FieldName!)?.ToString(CultureInfo.InvariantCulture) ?? "";
                break;
            case FormFieldKind.Boolean:
                field.Value = item.GetBoolean(field.PartName!, field.FieldName!) ? "true" : "";
                break;
            case FormFieldKind.Link:
                field.Value = item.GetField(field.PartName!, field.FieldName!)?["Url"]?.ToString() ?? "";
                field.LinkText = item.GetField(field.PartName!, field.FieldName!)?["Text"]?.ToString() ?? "";
                break;
            case FormFieldKind.Picker:
                field.Value = item.GetField(field.PartName!, field.FieldName!)?["ContentItemIds"] is JsonArray ids && ids.Count > 0 ? ids[0]?.ToString() ?? "" : "";
                break;
            default:
                field.Value = item.GetText(field.PartName!, field.FieldName!) ?? "";
                break;
        }
    }

    private static void ReadFromPost(FormField field, Func<string, string?> posted)
    {
        field.Value = field.Kind == FormFieldKind.Boolean
            ? (posted(field.Name) == "true" ? "true" : "")
            : posted(field.Name) ?? "";
        if (field.Kind == FormFieldKind.Link)
        {
            field.LinkText = posted(field.Name + ".Text") ?? "";
        }
    }

    private static void WriteToItem(FormField field, ContentItem item, ContentForm form, string? automaticPathPrefix)
    {
        var value = field.Kind is FormFieldKind.Markdown or FormFieldKind.TextArea ? field.Value.Replace("\r\n", "\n", StringComparison.Ordinal) : field.Value.Trim();
        switch (field.Kind)
        {
            case FormFieldKind.Title:
                item.GetOrCreatePart("TitlePart")["Title"] = value;
                item.DisplayText = value;
                break;
            case FormFieldKind.Path:
                var path = value.Length > 0 ? value.Trim('/') : (automaticPathPrefix ?? "") + Slugs.From(form.Field(FormFieldKind.Title)?.Value ?? "");
                item.GetOrCreatePart("AutoroutePart")["Path"] = path;
                field.Value = path;
                break;
            case FormFieldKind.Container:
                item.GetOrCreatePart("ContainedPart")["ListContentItemId"] = value;
                break;
            case FormFieldKind.Markdown:
                item.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = value;
                break;
            case FormFieldKind.Number:
                Field(item, field)["Value"] = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null;
                break;
            case FormFieldKind.Boolean:
                Field(item, field)["Value"] = value == "true";
                break;
            case FormFieldKind.Link:
                Field(item, field)["Url"] = value.Length == 0 ? null : value;
                Field(item, field)["Text"] = field.LinkText.Trim().Length == 0 ? null : field.LinkText.Trim();
                break;
            case FormFieldKind.Picker:
                Field(item, field)["ContentItemIds"] = value.Length == 0 ? new JsonArray() : new JsonArray(value);
                break;
            default:
                Field(item, field)["Text"] = value.Length == 0 ? null : value;
                break;
        }
    }

    private static JsonObject Field(ContentItem item, FormField field)
    {
        var part = item.GetOrCreatePart(field.PartName!);
        if (part[field.FieldName!] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        part[field.FieldName!] = created;
        return created;
    }
}
