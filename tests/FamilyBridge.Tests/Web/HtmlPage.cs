using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace FamilyBridge.Tests.Web;

/// <summary>A fetched page: the response and its parsed document, as a reader's browser would see it.</summary>
public sealed class HtmlPage(HttpResponseMessage response, IHtmlDocument document)
{
    private static readonly HtmlParser Parser = new();

    public HttpResponseMessage Response { get; } = response;

    public IHtmlDocument Document { get; } = document;

    public string Text => Document.Body?.TextContent ?? "";

    public static async Task<HtmlPage> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Text of every element matching the selector, whitespace collapsed.</summary>
    public IReadOnlyList<string> Texts(string selector) =>
        [.. Document.QuerySelectorAll(selector).Select(e => Collapse(e.TextContent))];

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
