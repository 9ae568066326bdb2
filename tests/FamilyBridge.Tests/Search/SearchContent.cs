using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Tests.Search;

/// <summary>Orchard-shaped content items, as the recipes and the editor store them.</summary>
internal static class SearchContent
{
    public static ContentItem Module(string id, string title, string path, string markdown = "", string summary = "", int order = 0) =>
        Item(id, "Module", title, path, markdown, published: true, new JsonObject
        {
            ["Module"] = new JsonObject
            {
                ["Summary"] = Text(summary),
                ["Audience"] = Text("Parents, partners and anyone who helps."),
                ["Order"] = new JsonObject { ["Value"] = order },
            },
            ["ListPart"] = new JsonObject(),
        });

    public static ContentItem Lesson(
        string id, string moduleId, string title, string path, string markdown,
        string summary = "", string objectives = "", string takeaways = "",
        IEnumerable<string>? questions = null, IEnumerable<string>? checklist = null, bool published = true) =>
        Item(id, "Lesson", title, path, markdown, published, new JsonObject
        {
            ["ContainedPart"] = new JsonObject { ["ListContentItemId"] = moduleId, ["Order"] = 0 },
            ["Lesson"] = new JsonObject
            {
                ["Summary"] = Text(summary),
                ["Objectives"] = Text(objectives),
                ["KeyTakeaways"] = Text(takeaways),
                ["ReflectionPrompt"] = Text("What would you like to try this week?"),
                ["EstimatedMinutes"] = new JsonObject { ["Value"] = 6 },
            },
            ["Questions"] = Bag((questions ?? []).Select((q, i) => new JsonObject
            {
                ["ContentItemId"] = $"{id}q{i}",
                ["ContentType"] = "KnowledgeCheckQuestion",
                ["KnowledgeCheckQuestion"] = new JsonObject { ["Prompt"] = Text(q) },
            })),
            ["Checklist"] = Bag((checklist ?? []).Select((c, i) => new JsonObject
            {
                ["ContentItemId"] = $"{id}c{i}",
                ["ContentType"] = "ChecklistItem",
                ["ChecklistItem"] = new JsonObject { ["Text"] = Text(c) },
            })),
        });

    public static ContentItem Resource(string id, string title, string path, string kind, string description, string phone = "") =>
        Item(id, "Resource", title, path, markdown: null, published: true, new JsonObject
        {
            ["Resource"] = new JsonObject
            {
                ["Kind"] = Text(kind),
                ["Description"] = Text(description),
                ["Phone"] = Text(phone),
                ["Hours"] = Text("24 hours a day, 7 days a week"),
                ["Url"] = new JsonObject { ["Url"] = "https://example.org", ["Text"] = "example.org" },
            },
        });

    public static ContentItem Page(string id, string title, string path, string markdown) =>
        Item(id, "Page", title, path, markdown, published: true, []);

    private static ContentItem Item(string id, string type, string title, string path, string? markdown, bool published, JsonObject parts)
    {
        var document = new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentItemVersionId"] = id + "v1",
            ["ContentType"] = type,
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = published,
            ["ModifiedUtc"] = "2026-11-23T00:00:00Z",
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["AutoroutePart"] = new JsonObject { ["Path"] = path },
        };
        if (markdown is not null)
        {
            document["MarkdownBodyPart"] = new JsonObject { ["Markdown"] = markdown };
        }

        foreach (var (key, value) in parts.ToList())
        {
            parts.Remove(key);
            document[key] = value;
        }

        // Round-tripped through text so numbers and strings behave as in documents read from the database.
        return ContentItem.Parse(document.ToJsonString());
    }

    private static JsonObject Text(string text) => new() { ["Text"] = text };

    private static JsonObject Bag(IEnumerable<JsonObject> items) => new() { ["ContentItems"] = new JsonArray([.. items]) };
}
