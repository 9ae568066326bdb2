using AngleSharp.Html.Dom;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Editor;

/// <summary>
/// Posts a page's form the way a browser does: every input, textarea and select as shown (so nothing typed is
/// dropped), the changes the test makes, and the pressed button's name and value.
/// </summary>
public static class EditorForm
{
    public const string MainForm = "form.editor-form";

    public static Dictionary<string, string> Values(HtmlPage page, string formSelector = MainForm)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var values = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Type is "submit" || (input.Type is "checkbox" or "radio" && !input.IsChecked))
            {
                continue;
            }

            values[input.Name!] = input.Value;
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            values[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? "";
        }

        return values;
    }

    /// <summary>Posts the form with <paramref name="changes"/> applied and the button <c>op</c>=<paramref name="op"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(Reader client, HtmlPage page, string path, string op, IReadOnlyDictionary<string, string>? changes = null, string formSelector = MainForm)
    {
        ArgumentNullException.ThrowIfNull(client);
        var values = Values(page, formSelector);
        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        values["op"] = op;
        using var content = new FormUrlEncodedContent(values);
        return await client.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>The id in a redirect to <c>/admin/content/{id}/edit</c>.</summary>
    public static string EditedId(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}.");
        var parts = location.Split('?')[0].Trim('/').Split('/');
        Assert.True(parts is ["admin", "content", _, "edit"], $"Redirected to {location}.");
        return parts[2];
    }
}
