using FamilyBridge.Accounts;
using FamilyBridge.Circles;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.ContentManagement;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// The Circles module as the site composes it (core, content, notifications' pickup-folder sender, accounts, circles, real
/// migrations) on a SQLite file or a fresh PostgreSQL database, with a fake clock. No web host.
/// </summary>
public sealed class CircleTestHost : IAsyncDisposable
{
    private readonly ModuleStorage _storage;

    private CircleTestHost(ModuleStorage storage, ServiceProvider services, FakeTimeProvider clock)
    {
        _storage = storage;
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public string AppDataPath => _storage.AppDataPath;

    public static async Task<CircleTestHost> CreateAsync(DatabaseProvider provider, DateTimeOffset now)
    {
        var storage = await ModuleStorage.CreateAsync("familybridge-circles", provider);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(storage.Settings()).Build();
            var clock = new FakeTimeProvider(now);
            var services = ModuleServices.Create(storage.Folder.Path, configuration, clock);
            services.AddContentManagement(configuration);
            services.AddNotifications(configuration);

            // Accounts gives Circles members' email addresses (e.g. to tell them a circle closed).
            services.AddAccounts(configuration);
            services.AddCircles(configuration);
            var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            await built.MigrateDatabasesAsync();
            return new CircleTestHost(storage, built, clock);
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="action"/> in its own scope, as one request would.</summary>
    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action) => Services.RunInScopeAsync(action);

    public Task RunAsync(Func<IServiceProvider, Task> action) => Services.RunInScopeAsync(action);

    public Task<T> CirclesAsync<T>(Func<CircleService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<CircleService>()));

    public Task CirclesAsync(Func<CircleService, Task> action) => RunAsync(sp => action(sp.GetRequiredService<CircleService>()));

    public Task<T> UpdatesAsync<T>(Func<UpdateService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<UpdateService>()));

    public Task UpdatesAsync(Func<UpdateService, Task> action) => RunAsync(sp => action(sp.GetRequiredService<UpdateService>()));

    public Task<T> InvitationsAsync<T>(Func<InvitationService, Task<T>> action) => RunAsync(sp => action(sp.GetRequiredService<InvitationService>()));

    public Task InvitationsAsync(Func<InvitationService, Task> action) => RunAsync(sp => action(sp.GetRequiredService<InvitationService>()));

    public Task<string> CreateCircleAsync(string ownerId, string ownerName = "Sam Rivera", string timeZone = "UTC", DateOnly? start = null) =>
        CirclesAsync(s => s.CreateAsync(ownerId, "Sam's circle", ownerName, timeZone, start));

    /// <summary>Invites <paramref name="email"/> and accepts as <paramref name="userId"/>, as the emailed link would.</summary>
    public async Task JoinAsync(string circleId, string ownerId, string userId, string name, string timeZone = "UTC")
    {
        var token = await InvitationsAsync(s => s.InviteAsync(circleId, ownerId, $"{userId}@example.com", name, Relationship.Parent));
        await InvitationsAsync(s => s.AcceptAsync(token, userId, name, Relationship.Parent, timeZone));
    }

    /// <summary>Every message the pickup-folder sender wrote, oldest first.</summary>
    public IReadOnlyList<MimeMessage> SentMail()
    {
        var folder = Path.Combine(AppDataPath, PickupFolderMailSender.FolderName);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))]
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
