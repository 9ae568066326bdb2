using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Media;

/// <summary>
/// Posts a page's multipart form the way a browser does: hidden fields (the antiforgery token) from the page,
/// text fields and one file, to the form's own action.
/// </summary>
public static class UploadForm
{
    public static async Task<HttpResponseMessage> PostAsync(
        Reader client,
        string pagePath,
        string formSelector,
        IReadOnlyDictionary<string, string> fields,
        string fileField,
        string fileName,
        byte[] content,
        string contentType = "application/octet-stream")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await client.GetAsync(pagePath);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pagePath}.");
        using var body = new MultipartFormDataContent();
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            body.Add(new StringContent(hidden.Value), hidden.Name!);
        }

        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = form.GetAttribute("action");
        return await client.Client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pagePath : action, UriKind.Relative), body);
    }

    /// <summary>The page a response shows, following redirects.</summary>
    public static Task<HtmlPage> ShowAsync(Reader client, HttpResponseMessage response) =>
        client.FollowAsync(response);
}
