using System.Net;
using System.Text.RegularExpressions;
using FamilyBridge.Tests.Infrastructure;
using MimeKit;

namespace FamilyBridge.Tests.Accounts;

/// <summary>One real site (SQLite) whose mail goes through its outbox to a real SMTP server on loopback.</summary>
public sealed partial class SpanishAccountSiteFixture : IAsyncLifetime
{
    private SmtpSink? _sink;
    private SiteFactory? _site;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP sink has not started.");

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        var settings = new Dictionary<string, string?>(_sink.ClientSettings);
        foreach (var (key, value) in AccountTestData.GenerousLimits)
        {
            settings[key] = value;
        }

        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, settings);
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }

    /// <summary>Registers under /es/ and confirms by the emailed link. Returns the email address used.</summary>
    public async Task<string> RegisterAndConfirmInSpanishAsync(Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var email = AccountTestData.NewEmail();
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/es/account/register", Registration(email))).StatusCode);
        var confirm = Link(await Sink.WaitForMessageAsync(email), "/es/account/confirm-email");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(confirm.PathAndQuery)).Response.StatusCode);
        return email;
    }

    /// <summary>Registers and confirms under /es/, then signs in there. Returns the email address used.</summary>
    public async Task<string> RegisterAndSignInInSpanishAsync(Reader reader)
    {
        var email = await RegisterAndConfirmInSpanishAsync(reader);
        Assert.Equal(HttpStatusCode.Redirect, (await reader.SubmitAsync("/es/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = AccountTestData.Password,
        })).StatusCode);
        return email;
    }

    public static Dictionary<string, string> Registration(string email, string password = AccountTestData.Password) => new()
    {
        ["Input.DisplayName"] = "Marisol",
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    /// <summary>The absolute link in the email's text whose path is <paramref name="path"/>.</summary>
    public static Uri Link(MimeMessage mail, string path)
    {
        ArgumentNullException.ThrowIfNull(mail);
        return UrlPattern().Matches(mail.TextBody ?? "").Select(m => new Uri(m.Value)).First(u => u.AbsolutePath == path);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
