using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Notifications;

/// <summary>
/// The real site (its background dispatcher running) sending to a real SMTP server, with short retry delays
/// and two tries before a message is dead-lettered. One for the whole collection (its test classes run one after another).
/// </summary>
public sealed class OutboxSiteFixture : IAsyncLifetime
{
    public const string Collection = "Outbox site";

    private SmtpSink? _sink;
    private SiteFactory? _site;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP sink has not started.");

    public SiteFactory Site => _site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        _site = await SiteFactory.StartAsync(
            SiteDatabase.Sqlite,
            new Dictionary<string, string?>(_sink.ClientSettings)
            {
                ["Notifications:Outbox:MaxAttempts"] = "2",
                ["Notifications:Outbox:BaseRetryDelay"] = "00:00:00.200",
                ["Notifications:Outbox:MaxRetryDelay"] = "00:00:00.500",
                ["Notifications:Outbox:PollInterval"] = "00:00:01",
            },
            configureServices: LedgerDbContext.Register);
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
}
