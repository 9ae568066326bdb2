using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using MimeKit;

namespace FamilyBridge.Tests.Accounts;

/// <summary>
/// One person with a browser-like client: fills in the site's real forms (antiforgery token and hidden fields
/// taken from the page), follows redirects by hand and reads the emails the site wrote to its pickup folder.
/// </summary>
public sealed partial class Reader(SiteFactory site) : IDisposable
{
    private readonly HttpClient _client = site.CreateReader();

    public SiteFactory Site => site;

    public HttpClient Client => _client;

    public Task<HtmlPage> GetAsync(string path) => HtmlPage.GetAsync(_client, path);

    /// <summary>GETs <paramref name="path"/>, fills the form matched by <paramref name="formSelector"/> and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, IReadOnlyDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await GetAsync(path);
        Assert.True(page.Response.IsSuccessStatusCode, $"GET {path} answered {(int)page.Response.StatusCode}.");
        return await SubmitAsync(page, path, fields, formSelector);
    }

    public async Task<HttpResponseMessage> SubmitAsync(HtmlPage page, string pagePath, IReadOnlyDictionary<string, string> fields, string formSelector)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pagePath}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Type is "checkbox" or "radio" && !input.IsChecked)
            {
                continue;
            }

            if (input.Type is "submit" || fields.ContainsKey(input.Name!))
            {
                continue;
            }

            values.Add(new(input.Name!, input.Value));
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pagePath : action;
        using var content = new FormUrlEncodedContent(values);
        return await _client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>Follows redirects to the final page.</summary>
    public async Task<HtmlPage> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        for (var hops = 0; hops < 10 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            var location = response.Headers.Location ?? throw new InvalidOperationException("A redirect without Location.");
            response = await _client.GetAsync(location.IsAbsoluteUri ? new Uri(location.PathAndQuery, UriKind.Relative) : location);
        }

        return await HtmlPage.ParseAsync(response);
    }

    /// <summary>Registers, confirms by the emailed link and signs in. Returns the email address used.</summary>
    public async Task<string> RegisterAndSignInAsync(string displayName = "Robin", string password = AccountTestData.Password)
    {
        var email = AccountTestData.NewEmail();
        var registered = await SubmitAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var mail = await WaitForMailAsync(email, "Confirm your email address");
        var confirmed = await GetAsync(LinkIn(mail, "/account/confirm-email"));
        Assert.Equal(HttpStatusCode.OK, confirmed.Response.StatusCode);
        var signedIn = await SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return email;
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password) =>
        SubmitAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Polls the site's pickup folder until a message to <paramref name="to"/> with the subject arrives.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string to, string subject, int count = 1)
    {
        var folder = Path.Combine(site.AppDataPath, "mail");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var matching = Mails(folder).Where(m => m.Subject == subject && m.To.Mailboxes.Any(a => a.Address == to)).ToList();
            if (matching.Count >= count)
            {
                return matching[count - 1];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No email '{subject}' to {to} in {folder}.");
    }

    public IReadOnlyList<MimeMessage> MailsTo(string to) =>
        [.. Mails(Path.Combine(site.AppDataPath, "mail")).Where(m => m.To.Mailboxes.Any(a => a.Address == to))];

    /// <summary>The site-relative link in the email's text whose path starts with <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage mail, string path)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var url = UrlPattern().Matches(mail.TextBody ?? "").Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == path);
        return url.PathAndQuery;
    }

    public void Dispose() => _client.Dispose();

    private static IEnumerable<MimeMessage> Mails(string folder) =>
        Directory.Exists(folder)
            ? new DirectoryInfo(folder).GetFiles("*.eml").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => MimeMessage.Load(f.FullName))
            : [];

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
