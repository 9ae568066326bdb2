namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Small recipes written the way people write them (comments, trailing commas, mixed-case keys).</summary>
internal static class RecipeText
{
    public const string LessonTypes = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            {
              "Name": "Module", "DisplayName": "Module",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } },
                { "PartName": "ListPart", "Name": "ListPart", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
              ],
            },
            {
              "Name": "Lesson", "DisplayName": "Lesson",
              "Settings": { "ContentTypeSettings": { "Creatable": true } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": 0 } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": { "ContentTypePartSettings": { "Position": 1 } } },
                { "PartName": "ContainedPart", "Name": "ContainedPart", "Settings": {} },
                { "PartName": "MarkdownBodyPart", "Name": "MarkdownBodyPart", "Settings": { "ContentTypePartSettings": { "Position": 2 } } },
                { "PartName": "Lesson", "Name": "Lesson", "Settings": { "ContentTypePartSettings": { "Position": 3 } } },
              ],
            },
          ],
          "ContentParts": [
            {
              "Name": "Lesson", "Settings": {},
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Summary", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Summary", "Position": "0" } } },
                { "FieldName": "NumericField", "Name": "EstimatedMinutes", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Minutes", "Position": "1" } } },
              ],
            },
          ],
        }
        """;

    public static string Module(string moduleId, string moduleVersionId, string lessonId, string lessonVersionId) => $$"""
        {
          "name": "content",
          "data": [
            {
              "ContentItemId": "{{moduleId}}", "ContentItemVersionId": "{{moduleVersionId}}", "ContentType": "Module",
              "DisplayText": "Understanding addiction", "Latest": true, "Published": true, "Owner": null, "Author": "FamilyBridge",
              "CreatedUtc": "2026-11-23T00:00:00Z", "ModifiedUtc": "2026-11-23T00:00:00Z", "PublishedUtc": "2026-11-23T00:00:00Z",
              "TitlePart": { "Title": "Understanding addiction" },
              "AutoroutePart": { "Path": "understanding-addiction" },
              "ListPart": {},
            },
            {
              "ContentItemId": "{{lessonId}}", "ContentItemVersionId": "{{lessonVersionId}}", "ContentType": "Lesson",
              "DisplayText": "A disease, not a choice", "Latest": true, "Published": true, "Owner": null, "Author": "FamilyBridge",
              "CreatedUtc": "2026-11-23T00:00:00Z", "ModifiedUtc": "2026-11-23T00:00:00Z", "PublishedUtc": "2026-11-23T00:00:00Z",
              "TitlePart": { "Title": "A disease, not a choice" },
              "AutoroutePart": { "Path": "understanding-addiction/a-disease-not-a-choice" },
              "ContainedPart": { "ListContentItemId": "{{moduleId}}", "Order": 0 },
              "MarkdownBodyPart": { "Markdown": "## Why it matters\n\nAddiction changes the brain." },
              "Lesson": { "Summary": { "Text": "What addiction is." }, "EstimatedMinutes": { "Value": 7 } },
              "UnknownPart": { "Anything": [1, { "kept": true }] },
            },
          ],
        }
        """;

    public static string Recipe(string name, params string[] steps) => $$"""
        {
          // A recipe as people write them: comments and trailing commas are fine.
          "name": "{{name}}",
          "displayName": "{{name}}",
          "description": "Test recipe",
          "author": "FamilyBridge tests",
          "website": "",
          "version": "1.0.0",
          "issetuprecipe": false,
          "categories": [ "tests", ],
          "tags": [],
          "variables": {},
          /* the steps */
          "steps": [
            {{string.Join(",\n", steps)}},
          ],
        }
        """;
}
