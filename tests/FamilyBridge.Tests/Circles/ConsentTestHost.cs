using System.Text.RegularExpressions;
using FamilyBridge.Accounts;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Circles;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.ContentManagement;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// Consented emails end to end without a web host: accounts, circles, the durable outbox and a real SMTP server
/// on loopback, with a fake clock. No background loop runs, so mail sits queued until <see cref="DeliverAsync"/>
/// steps the outbox — which is how tests prove that a stopped consent stops messages already queued.
/// </summary>
public sealed partial class ConsentTestHost : IAsyncDisposable
{
    private readonly ModuleStorage _storage;

    private ConsentTestHost(ModuleStorage storage, SmtpSink smtp, ServiceProvider services, FakeTimeProvider clock)
    {
        _storage = storage;
        Smtp = smtp;
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public SmtpSink Smtp { get; }

    public static async Task<ConsentTestHost> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var smtp = await SmtpSink.StartAsync();
        ModuleStorage? storage = null;
        try
        {
            storage = await ModuleStorage.CreateAsync("familybridge-consent", provider);
            var settings = storage.Settings();
            foreach (var (key, value) in smtp.ClientSettings)
            {
                settings[key] = value;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var clock = new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 10, 0, 0, TimeSpan.Zero));
            var services = ModuleServices.Create(storage.Folder.Path, configuration, clock);
            services.AddContentManagement(configuration);
            services.AddNotifications(configuration);
            services.AddAccounts(configuration);
            services.AddCircles(configuration);
            var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            await built.MigrateDatabasesAsync();
            return new ConsentTestHost(storage, smtp, built, clock);
        }
        catch
        {
            await smtp.DisposeAsync();
            if (storage is not null)
            {
                await storage.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> in its own scope, as one request would.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action) => Services.RunInScopeAsync(action);

    public Task RunAsync(Func<IServiceProvider, Task> action) => Services.RunInScopeAsync(action);

    public Task<T> ConsentsAsync<T>(Func<ConsentService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<ConsentService>()));

    public Task ConsentsAsync(Func<ConsentService, Task> action) => RunAsync(sp => action(sp.GetRequiredService<ConsentService>()));

    /// <summary>What the recipient does from an email link (confirm, unsubscribe).</summary>
    public Task<T> LinksAsync<T>(Func<ConsentLinkService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<ConsentLinkService>()));

    public Task<T> DbAsync<T>(Func<CirclesDbContext, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<CirclesDbContext>()));

    /// <summary>A signed-up person with a confirmed address; returns their user id.</summary>
    public Task<string> CreateUserAsync(string email) => RunAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<AccountUser>>();
        var user = new AccountUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        return user.Id;
    });

    /// <summary>An owner ("Sam Rivera", with a start date so milestones can be shared) and their circle.</summary>
    public async Task<(string CircleId, string OwnerId)> CreateCircleAsync(string tag)
    {
        var ownerId = await CreateUserAsync($"owner-{tag}@example.com");
        var start = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(-40);
        var circleId = await RunAsync(sp => sp.GetRequiredService<CircleService>().CreateAsync(ownerId, $"Circle {tag}", "Sam Rivera", "UTC", start));
        return (circleId, ownerId);
    }

    /// <summary>Invites and accepts, as the emailed link would; returns the member's user id.</summary>
    public async Task<string> JoinAsync(string circleId, string ownerId, string email, string name)
    {
        var userId = await CreateUserAsync(email);
        var token = await RunAsync(sp => sp.GetRequiredService<InvitationService>().InviteAsync(circleId, ownerId, email, name, Relationship.Sibling));
        await RunAsync(sp => sp.GetRequiredService<InvitationService>().AcceptAsync(token, userId, name, Relationship.Sibling, "UTC"));
        return userId;
    }

    /// <summary>Grants with the owner's tick, delivers the confirmation email and returns its token (from the email's link).</summary>
    public async Task<(string GrantId, string ConfirmToken)> GrantAsync(string circleId, string ownerId, ConsentGrantInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Confirmed = true;
        var to = input.RecipientEmail;
        var grantId = await ConsentsAsync(s => s.GrantAsync(circleId, ownerId, input));
        await DeliverAsync();
        to ??= await DbAsync(db => Task.FromResult(db.ConsentGrants.Single(g => g.Id == grantId).RecipientEmail));
        var mail = MailTo(to).Last(m => m.Subject == "Sam would like to send you updates");
        return (grantId, ConfirmToken().Match(mail.TextBody ?? "").Groups[1].Value);
    }

    /// <summary>Grants, confirms as the recipient would, and returns the grant id.</summary>
    public async Task<string> GrantConfirmedAsync(string circleId, string ownerId, ConsentGrantInput input)
    {
        var (grantId, token) = await GrantAsync(circleId, ownerId, input);
        await LinksAsync(s => s.ConfirmAsync(token));
        return grantId;
    }

    public Task<string> PostAsync(string circleId, string ownerId, UpdateInput input) =>
        RunAsync(sp => sp.GetRequiredService<UpdateService>().PostAsync(circleId, ownerId, input));

    /// <summary>Steps the outbox until nothing due is left (each step is one SMTP batch).</summary>
    public async Task DeliverAsync()
    {
        var dispatcher = Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 10 && (await dispatcher.DispatchOnceAsync()).Claimed > 0; i++)
        {
        }
    }

    public Task<int> RunSchedulerAsync() => Services.GetRequiredService<ConsentScheduler>().RunDueAsync(Clock.GetUtcNow());

    public IReadOnlyList<MimeMessage> MailTo(string address) =>
        [.. Smtp.Messages.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The grant an emailed unsubscribe link stands for, as the unsubscribe page reads it.</summary>
    public Task<string?> GrantIdOfUnsubscribeLinkAsync(Uri link) =>
        Task.FromResult(Services.GetRequiredService<ConsentLinks>().GrantIdFromUnsubscribeToken(link.Segments[^1]));

    public Task<string> UnsubscribeTokenAsync(string grantId) => RunAsync(async sp =>
    {
        var grant = await sp.GetRequiredService<CirclesDbContext>().ConsentGrants.FindAsync(grantId);
        return sp.GetRequiredService<ConsentLinks>().Unsubscribe(grant!).Segments[^1];
    });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Smtp.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [GeneratedRegex(@"https://family\.example/email/confirm/(\S+)")]
    private static partial Regex ConfirmToken();
}
