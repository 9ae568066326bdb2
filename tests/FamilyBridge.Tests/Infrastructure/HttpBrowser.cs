using System.Net;
using FamilyBridge.Tests.Editor;
using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// One person's browser against a site at an address (a node or the load balancer): one cookie jar, redirects
/// followed by hand, forms posted as shown (<see cref="EditorForm.Values"/>). Cookies belong to the host, not the
/// port, as in a browser, so two browsers made with the same <see cref="CookieContainer"/> are one person
/// talking to two nodes.
/// </summary>
public sealed class HttpBrowser : IDisposable
{
    private readonly HttpClient _client;

    public HttpBrowser(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Client => _client;

    public Task<HtmlPage> GetAsync(string path) => HtmlPage.GetAsync(_client, path);

    /// <summary>Posts the form matched by <paramref name="formSelector"/> with <paramref name="changes"/> (and the button <c>op</c>).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        HtmlPage page, string pagePath, string formSelector, IReadOnlyDictionary<string, string>? changes = null, string? op = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var values = EditorForm.Values(page, formSelector);
        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        if (op is not null)
        {
            values["op"] = op;
        }

        var action = page.Document.QuerySelector(formSelector)?.GetAttribute("action");
        using var content = new FormUrlEncodedContent(values);
        return await _client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pagePath : action, UriKind.Relative), content);
    }

    /// <summary>Password, then the authenticator code: a staff member's sign-in through the real pages.</summary>
    public async Task SignInAsync(StaffAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var login = await GetAsync("/account/login");
        var password = await SubmitAsync(login, "/account/login", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Email"] = account.Email,
            ["Input.Password"] = account.Password,
        });
        var next = password.Headers.Location?.OriginalString ?? "";
        Assert.True(next.StartsWith("/account/login/two-factor", StringComparison.Ordinal), $"Sign-in answered {(int)password.StatusCode} to '{next}'.");
        var twoStep = await GetAsync(next);
        var code = await SubmitAsync(twoStep, next, "main form[method=post]:not([action*=Recovery])", new Dictionary<string, string> { ["Code"] = account.CurrentCode() });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
    }

    public void Dispose() => _client.Dispose();
}
