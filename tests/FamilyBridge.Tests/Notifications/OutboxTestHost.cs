using System.Globalization;
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

    private readonly TempFolder _folder;
    private readonly PostgresDatabase? _postgres;

    private readonly Func<ServiceProvider> _build;

    private OutboxTestHost(TempFolder folder, PostgresDatabase? postgres, Func<ServiceProvider> build, FakeTimeProvider clock)
    {
        _folder = folder;
        _postgres = postgres;
        _build = build;
        Services = build();
        Clock = clock;
    }

    public ServiceProvider Services { get; private set; }

    public FakeTimeProvider Clock { get; }

    public string AppDataPath => _folder.Combine("App_Data");

    public string PickupFolder => Path.Combine(AppDataPath, PickupFolderMailSender.FolderName);

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public IEmailOutbox Outbox => Services.GetRequiredService<IEmailOutbox>();

    public static async Task<OutboxTestHost> CreateAsync(
        DatabaseProvider provider = DatabaseProvider.Sqlite,
        SmtpSink? sink = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var folder = new TempFolder("familybridge-outbox");
        PostgresDatabase? postgres = null;
        try
        {
            var all = new Dictionary<string, string?>
            {
                ["AppData:Path"] = folder.Combine("App_Data"),
                ["Database:Provider"] = provider.ToString(),
                ["Notifications:Outbox:MaxAttempts"] = "3",
                ["Notifications:Outbox:BaseRetryDelay"] = "00:01:00",
                ["Notifications:Outbox:MaxRetryDelay"] = "00:10:00",
            };
            if (provider == DatabaseProvider.Postgres)
            {
                postgres = await PostgresDatabase.CreateAsync();
                all["ConnectionStrings:FamilyBridge"] = postgres.ConnectionString;
            }

            if (sink is not null)
            {
                all["Smtp:Host"] = sink.Host;
                all["Smtp:Port"] = sink.Port.ToString(CultureInfo.InvariantCulture);
                all["Smtp:UseTls"] = "false";
                all["Smtp:From"] = "FamilyBridge <hello@familybridge.test>";
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                all[key] = value;
            }

            var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
            var clock = new FakeTimeProvider(Start);
            ServiceProvider Build()
            {
                var services = ModuleServices.Create(folder.Path, configuration, clock);
                services.AddNotifications(configuration);
                configure?.Invoke(services);
                return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
            }

            var host = new OutboxTestHost(folder, postgres, Build, clock);
            await host.Services.MigrateDatabasesAsync();
            return host;
        }
        catch
        {
            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            folder.Dispose();
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
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        _folder.Dispose();
    }
}
