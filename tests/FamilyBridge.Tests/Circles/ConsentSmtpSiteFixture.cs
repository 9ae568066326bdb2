using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Circles.Data;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// The real site sending through its background outbox to a real SMTP server on loopback, with a signed-in owner
/// and an anonymous visitor (the email recipient, who has no account). Each test makes its own circle.
/// </summary>
public sealed class ConsentSmtpSiteFixture : IAsyncLifetime
{
    private SmtpSink? _sink;
    private SiteFactory? _site;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP sink has not started.");

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public Reader Owner { get; private set; } = null!;

    public string OwnerId { get; private set; } = "";

    public Reader Anonymous { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        var settings = new Dictionary<string, string?>(AccountTestData.GenerousLimits) { ["Circles:Consent:SchedulerInterval"] = "00:00:00" };
        foreach (var (key, value) in _sink.ClientSettings)
        {
            settings[key] = value;
        }

        _site = await SiteFactory.StartAsync(SiteDatabase.Sqlite, settings);
        await RunAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AccountUser>>();
            var user = new AccountUser { UserName = "owner@idioma.example", Email = "owner@idioma.example", EmailConfirmed = true, DisplayName = "Sam" };
            Assert.True((await users.CreateAsync(user, AccountTestData.Password)).Succeeded);
            OwnerId = user.Id;
        });
        Owner = new Reader(Site);
        Assert.Equal(HttpStatusCode.Redirect, (await Owner.SignInAsync("owner@idioma.example", AccountTestData.Password)).StatusCode);
        Anonymous = new Reader(Site);
    }

    /// <summary>A new circle the owner ("Sam Rivera") makes on the English page; returns its id.</summary>
    public async Task<string> CreateCircleAsync(string name)
    {
        var created = await Owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.DisplayName"] = "Sam Rivera",
            ["Input.TimeZoneId"] = "UTC",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString.Split('/').Last();
    }

    public async Task RunAsync(Func<IServiceProvider, Task> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        await action(scope.ServiceProvider);
    }

    public async Task<T> DbAsync<T>(Func<CirclesDbContext, Task<T>> action)
    {
        await using var scope = Site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CirclesDbContext>());
    }

    public async Task DisposeAsync()
    {
        Owner?.Dispose();
        Anonymous?.Dispose();
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }

        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}
