using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Puts definition settings where Orchard Core reads them. Orchard binds each named section to a class
/// (<c>ContentTypeSettings</c>, <c>ContentTypePartSettings</c>, <c>ContentPartFieldSettings</c>,
/// <c>ContentPartSettings</c> in OrchardCore.ContentManagement.Abstractions/Metadata/Settings); a setting written
/// flat, or the multi-line editor under <c>TextFieldEditorSettings</c>, is silently ignored there.
/// </summary>
internal static class OrchardDefinitionSettings
{
    public static readonly string[] TypeSettings = ["Creatable", "Listable", "Draftable", "Versionable", "Stereotype", "Securable", "Description"];
    public static readonly string[] TypePartSettings = ["DisplayName", "Description", "Position", "DisplayMode", "Editor"];
    public static readonly string[] PartFieldSettings = ["DisplayName", "Description", "Editor", "DisplayMode", "Position"];
    public static readonly string[] PartSettings = ["Attachable", "Reusable", "DisplayName", "Description", "DefaultPosition"];

    private static readonly string[] BooleanTypeSettings = ["Creatable", "Listable", "Draftable", "Versionable", "Securable"];

    public static JsonObject Type(JsonObject record)
    {
        var copy = (JsonObject)record.DeepClone();
        var settings = Section(copy, "Settings");
        var section = Move(settings, "ContentTypeSettings", TypeSettings);
        foreach (var key in BooleanTypeSettings)
        {
            if (section[key] is JsonValue v && v.TryGetValue<string>(out var text))
            {
                section[key] = bool.TryParse(text, out var b) && b;
                Attach(settings, "ContentTypeSettings", section);
            }
        }

        foreach (var part in (copy["ContentTypePartDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var partSettings = Section(part, "Settings");
            var typePart = Move(partSettings, "ContentTypePartSettings", TypePartSettings);
            if (typePart["Position"] is JsonValue position && !position.TryGetValue<string>(out _))
            {
                typePart["Position"] = position.ToJsonString();
                Attach(partSettings, "ContentTypePartSettings", typePart);
            }
        }

        return copy;
    }

    public static JsonObject Part(JsonObject record)
    {
        var copy = (JsonObject)record.DeepClone();
        Move(Section(copy, "Settings"), "ContentPartSettings", PartSettings);
        foreach (var field in (copy["ContentPartFieldDefinitionRecords"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var settings = Section(field, "Settings");
            var fieldName = field["FieldName"]?.GetValue<string>() ?? "";
            if (settings["Hint"] is { } hint)
            {
                // Orchard keeps a field's hint in its own kind's section (TextFieldSettings.Hint).
                settings.Remove("Hint");
                Section(settings, fieldName + "Settings")["Hint"] ??= hint;
            }

            var section = Move(settings, "ContentPartFieldSettings", PartFieldSettings);
            if (settings["TextFieldEditorSettings"] is JsonObject editor && editor["Editor"] is { } name)
            {
                editor.Remove("Editor");
                section["Editor"] ??= name;
                Attach(settings, "ContentPartFieldSettings", section);
                if (editor.Count == 0)
                {
                    settings.Remove("TextFieldEditorSettings");
                }
            }
        }

        return copy;
    }

    // The section is created only when a flat setting moves into it, so a definition already in Orchard's shape
    // exports unchanged.
    private static JsonObject Move(JsonObject settings, string sectionName, string[] keys)
    {
        var section = settings[sectionName] as JsonObject ?? [];
        foreach (var key in keys)
        {
            if (settings[key] is { } flat && flat is not JsonObject)
            {
                settings.Remove(key);
                section[key] ??= flat;
                Attach(settings, sectionName, section);
            }
            else if (settings.ContainsKey(key) && settings[key] is null)
            {
                settings.Remove(key);
            }
        }

        return section;
    }

    private static void Attach(JsonObject parent, string name, JsonObject section)
    {
        if (section.Parent is null)
        {
            parent[name] = section;
        }
    }

    private static JsonObject Section(JsonObject parent, string name)
    {
        if (parent[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[name] = created;
        return created;
    }
}
