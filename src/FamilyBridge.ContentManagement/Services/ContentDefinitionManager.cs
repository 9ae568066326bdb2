using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

public sealed partial class ContentDefinitionManager(ContentDbContext db) : IContentDefinitionManager
{
    public async Task AddFieldAsync(string typeName, NewContentField field, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(field);
        var type = await GetTypeDefinitionAsync(typeName, cancellationToken)
            ?? throw new ContentDefinitionException($"There is no content type named {typeName}.");
        var name = field.Name.Trim();
        if (!Identifier().IsMatch(name))
        {
            throw new ContentDefinitionException(
                "The technical name must start with a letter and use only letters, digits and underscores (no spaces), up to 64 characters.");
        }

        if (!NewContentField.Kinds.Contains(field.FieldName))
        {
            throw new ContentDefinitionException($"Choose a field type: {string.Join(", ", NewContentField.Kinds)}.");
        }

        var displayName = string.IsNullOrWhiteSpace(field.DisplayName) ? name : field.DisplayName.Trim();
        var part = await GetPartDefinitionAsync(type.Name, cancellationToken);
        var existing = part?.Fields ?? [];
        if (existing.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ContentDefinitionException($"{type.DisplayName} already has a field named {name}. Choose another name.");
        }

        var fieldSettings = new JsonObject { ["Required"] = false };
        if (!string.IsNullOrWhiteSpace(field.Hint))
        {
            fieldSettings["Hint"] = field.Hint.Trim();
        }

        var record = new JsonObject
        {
            ["FieldName"] = field.FieldName,
            ["Name"] = name,
            ["Settings"] = new JsonObject
            {
                ["ContentPartFieldSettings"] = new JsonObject
                {
                    ["DisplayName"] = displayName,
                    ["Position"] = existing.Count.ToString(CultureInfo.InvariantCulture),
                },
                [field.FieldName + "Settings"] = fieldSettings,
            },
        };

        await using var transaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        await MergePartDefinitionAsync(new JsonObject { ["Name"] = type.Name, ["ContentPartFieldDefinitionRecords"] = new JsonArray(record) }, cancellationToken);
        if (!type.Parts.Any(p => p.PartName == type.Name))
        {
            // Orchard keeps a type's own fields on a part named after the type, listed first.
            await MergeTypeDefinitionAsync(
                new JsonObject
                {
                    ["Name"] = type.Name,
                    ["ContentTypePartDefinitionRecords"] = new JsonArray(new JsonObject
                    {
                        ["PartName"] = type.Name,
                        ["Name"] = type.Name,
                        ["Settings"] = new JsonObject { ["ContentTypePartSettings"] = new JsonObject { ["Position"] = "0" } },
                    }),
                },
                cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(ContentDefinitionRecord.TypeKind, name, cancellationToken);
        return record is null ? null : new ContentTypeDefinition(Parse(record));
    }

    public async Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(ContentDefinitionRecord.TypeKind, cancellationToken)).Select(r => new ContentTypeDefinition(Parse(r)))];

    public async Task<ContentPartDefinition?> GetPartDefinitionAsync(string name, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(ContentDefinitionRecord.PartKind, name, cancellationToken);
        return record is null ? null : new ContentPartDefinition(Parse(record));
    }

    public async Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync(CancellationToken cancellationToken = default) =>
        [.. (await ListAsync(ContentDefinitionRecord.PartKind, cancellationToken)).Select(r => new ContentPartDefinition(Parse(r)))];

    public Task MergeTypeDefinitionAsync(JsonObject record, CancellationToken cancellationToken = default) =>
        MergeAsync(ContentDefinitionRecord.TypeKind, record, "ContentTypePartDefinitionRecords", cancellationToken);

    public Task MergePartDefinitionAsync(JsonObject record, CancellationToken cancellationToken = default) =>
        MergeAsync(ContentDefinitionRecord.PartKind, record, "ContentPartFieldDefinitionRecords", cancellationToken);

    private async Task MergeAsync(string kind, JsonObject incoming, string childrenKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var name = Get(incoming, "Name")?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException($"A content {kind.ToLowerInvariant()} definition needs a Name.");
        }

        var row = await FindAsync(kind, name, cancellationToken, tracked: true);
        var document = row is null ? new JsonObject { ["Name"] = name } : Parse(row);
        Merge(document, incoming, childrenKey);

        if (row is null)
        {
            row = new ContentDefinitionRecord { Kind = kind, Name = name };
            db.ContentDefinitions.Add(row);
        }

        row.Document = ContentJson.Serialize(document);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Merge(JsonObject document, JsonObject incoming, string childrenKey)
    {
        foreach (var (key, value) in incoming)
        {
            if (key.Equals(childrenKey, StringComparison.OrdinalIgnoreCase) && value is JsonArray children)
            {
                MergeChildren(GetOrCreateArray(document, childrenKey), children);
            }
            else if (key.Equals("Settings", StringComparison.OrdinalIgnoreCase) && value is JsonObject settings)
            {
                JsonMerge.Into(GetOrCreateObject(document, "Settings"), settings);
            }
            else if (!key.Equals("Name", StringComparison.OrdinalIgnoreCase))
            {
                document[Canonical(document, key)] = value?.DeepClone();
            }
        }

        GetOrCreateObject(document, "Settings");
        GetOrCreateArray(document, childrenKey);
    }

    private static void MergeChildren(JsonArray existing, JsonArray incoming)
    {
        foreach (var child in incoming.OfType<JsonObject>())
        {
            var childName = (Get(child, "Name") ?? Get(child, "PartName") ?? Get(child, "FieldName"))?.GetValue<string>();
            var match = existing.OfType<JsonObject>().FirstOrDefault(e =>
                string.Equals((Get(e, "Name") ?? Get(e, "PartName") ?? Get(e, "FieldName"))?.GetValue<string>(), childName, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                match = [];
                existing.Add(match);
            }

            foreach (var (key, value) in child)
            {
                if (key.Equals("Settings", StringComparison.OrdinalIgnoreCase) && value is JsonObject settings)
                {
                    JsonMerge.Into(GetOrCreateObject(match, "Settings"), settings);
                }
                else
                {
                    match[Canonical(match, key)] = value?.DeepClone();
                }
            }

            var merged = GetOrCreateObject(match, "Settings");
            foreach (var settings in new[] { merged, merged["ContentTypePartSettings"] as JsonObject, merged["ContentPartFieldSettings"] as JsonObject })
            {
                if (settings?["Position"] is JsonValue position && !position.TryGetValue<string>(out _))
                {
                    // Orchard stores Position as a string; a number in a hand-written recipe still sorts the same.
                    settings["Position"] = position.ToJsonString();
                }
            }
        }
    }

    private static JsonNode? Get(JsonObject obj, string key) =>
        obj.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string Canonical(JsonObject obj, string key) =>
        obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;

    private static JsonObject GetOrCreateObject(JsonObject obj, string key)
    {
        var name = Canonical(obj, key);
        if (obj[name] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        obj[name] = created;
        return created;
    }

    private static JsonArray GetOrCreateArray(JsonObject obj, string key)
    {
        var name = Canonical(obj, key);
        if (obj[name] is JsonArray existing)
        {
            return existing;
        }

        var created = new JsonArray();
        obj[name] = created;
        return created;
    }

    private static JsonObject Parse(ContentDefinitionRecord record) =>
        JsonNode.Parse(record.Document) as JsonObject ?? [];

    private Task<ContentDefinitionRecord?> FindAsync(string kind, string name, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = db.ContentDefinitions.Where(d => d.Kind == kind && d.Name == name);
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<ContentDefinitionRecord>> ListAsync(string kind, CancellationToken cancellationToken) =>
        await db.ContentDefinitions.AsNoTracking().Where(d => d.Kind == kind).OrderBy(d => d.Name).ToListAsync(cancellationToken);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}
