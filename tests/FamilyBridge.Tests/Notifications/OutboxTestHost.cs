using FamilyBridge.Core.Data;
using FamilyBridge.Notifications;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FamilyBridge.Tests.Notifications;

/// <summary>
/// The Notifications module as the site composes it (core, real migrations, SQLite file or fresh PostgreSQL
/// database, a fake clock), without the web host: the background loop does not run, so a test steps the outbox
/// with <see cref="DispatchAsync"/>. With <paramref name="sink"/> mail goes to that SMTP server, else to the pickup folder.
/// </summary>
public sealed class OutboxTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ModuleStorage _storage;
    private readonly Func<ServiceProvider> _build;

    private OutboxTestHost(ModuleStorage storage, Func<ServiceProvider> build, FakeTimeProvider clock)
    {
        _storage = storage;
        _build = build;
        Services = build();
        Clock = clock;
    }

    public ServiceProvider Services { get; private set; }

    public FakeTimeProvider Clock { get; }

    public string AppDataPath => _storage.AppDataPath;

    public string PickupFolder => Path.Combine(AppDataPath, PickupFolderMailSender.FolderName);

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public IEmailOutbox Outbox => Services.GetRequiredService<IEmailOutbox>();

    public static async Task<OutboxTestHost> CreateAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        SmtpSink? sink = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var storage = await ModuleStorage.CreateAsync("familybridge-outbox", provider);
        try
        {
            var all = storage.Settings();
            all["Notifications:Outbox:MaxAttempts"] = "3";
            all["Notifications:Outbox:BaseRetryDelay"] = "00:01:00";
            all["Notifications:Outbox:MaxRetryDelay"] = "00:10:00";
            foreach (var (key, value) in sink?.ClientSettings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
            var clock = new FakeTimeProvider(Start);
            ServiceProvider Build()
            {
                var services = ModuleServices.Create(storage.Folder.Path, configuration, clock);
                services.AddNotifications(configuration);
                configure?.Invoke(services);
                return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            }

            var host = new OutboxTestHost(storage, Build, clock);
            await host.Services.MigrateDatabasesAsync();
            return host;
        }
        catch
        {
            await storage.DisposeAsync();
            throw;
        }
    }

    /// <summary>"Restarts the site": a new set of services (a new dispatcher) on the same database and folder.</summary>
    public async Task RestartAsync()
    {
        await Services.DisposeAsync();
        Services = _build();
    }

    public Task<DispatchResult> DispatchAsync() => Dispatcher.DispatchOnceAsync();

    /// <summary>Every outbox row, oldest first, as stored.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> RowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<OutboxMessage> RowAsync(string recipient) => (await RowsAsync()).Single(r => r.Recipient == recipient);

    /// <summary>Queues without waking anything: a background dispatcher is not running here.</summary>
    public async Task QueueAsync(params EmailMessage[] messages)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(db, messages);
        await transaction.CommitAsync();
    }

    public static EmailMessage Message(string to, string subject = "Sam shared an update", IReadOnlyDictionary<string, string>? headers = null, string? gate = null) =>
        EmailLayout.Compose(to, "Ana", subject, ["Sam marked 30 days today.", "Sign in to send a note back."]) with
        {
            Headers = headers ?? new Dictionary<string, string>(),
            DeliveryGateKey = gate,
        };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
