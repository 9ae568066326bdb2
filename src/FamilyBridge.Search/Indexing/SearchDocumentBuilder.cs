using System.Net;
using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Search.Models;

namespace FamilyBridge.Search.Indexing;

/// <summary>
/// Flattens a published content item into plain text fields. Returns null for anything that must not be
/// searchable: other types, drafts, unpublished versions, items with no page to link to.
/// </summary>
public sealed partial class SearchDocumentBuilder(IMarkdownRenderer markdown)
{
    public SearchDocument? Build(ContentItem item, ContentItem? module)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!ContentTypes.IsSearchable(item.ContentType) || !item.Published || string.IsNullOrEmpty(item.Path)
            || string.IsNullOrEmpty(item.ContentItemId))
        {
            return null;
        }

        var type = item.ContentType;
        var body = BodyText(item);
        var document = new SearchDocument
        {
            ContentItemId = item.ContentItemId,
            ContentType = type,
            Title = item.Title,
            Path = item.Path,
            Summary = item.GetText(type, "Summary") ?? "",
            Body = body,
            Order = (int)(item.GetNumber(type, "Order") ?? 0),
            Culture = SearchCultures.Of(item.GetPart("LocalizationPart")?["Culture"].AsText()),
        };
        return type switch
        {
            ContentTypes.Lesson => document with
            {
                Objectives = item.GetText(type, "Objectives") ?? "",
                Takeaways = item.GetText(type, "KeyTakeaways") ?? "",
                Questions = Lines(
                    item.GetBagItems("Questions").Select(q => q.GetText("KnowledgeCheckQuestion", "Prompt"))
                        .Append(item.GetText(type, "ReflectionPrompt"))),

                // Checklist lines ("Lock up prescription pain medicines") are what a worried parent types.
                Body = Lines(item.GetBagItems("Checklist").Select(c => c.GetText("ChecklistItem", "Text")).Prepend(body)),
                ModuleKey = module is { Published: true } ? module.Path ?? module.ContentItemId : null,
                ModuleTitle = module is { Published: true } ? module.Title : null,
            },
            ContentTypes.Module => document with
            {
                Body = Lines([body, item.GetText(type, "Audience")]),
                ModuleKey = item.Path,
                ModuleTitle = item.Title,
            },
            ContentTypes.Resource => document with
            {
                Summary = item.GetText(type, "Description") ?? "",
                Resource = Sentences([
                    item.GetText(type, "Kind"), item.GetText(type, "Description"), item.GetText(type, "Phone"),
                    item.GetText(type, "TextLine"), item.GetText(type, "Tty"), item.GetText(type, "Hours"),
                    item.GetField(type, "Url")?["Text"].AsText()]),
            },
            _ => document,
        };
    }

    private string BodyText(ContentItem item)
    {
        var markdownText = item.GetPart("MarkdownBodyPart")?["Markdown"].AsText();
        if (!string.IsNullOrWhiteSpace(markdownText))
        {
            return markdown.ToPlainText(markdownText);
        }

        var html = item.GetPart("HtmlBodyPart")?["Html"].AsText();
        return string.IsNullOrWhiteSpace(html) ? "" : WebUtility.HtmlDecode(Tags().Replace(markdown.SanitizeHtml(html), " "));
    }

    // Joined as sentences so a snippet across them reads "Family support group. A fellowship for…".
    private static string Sentences(IEnumerable<string?> parts) =>
        string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().TrimEnd('.') + "."));

    private static string Lines(IEnumerable<string?> lines) =>
        string.Join('\n', lines.Where(l => !string.IsNullOrWhiteSpace(l)));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
