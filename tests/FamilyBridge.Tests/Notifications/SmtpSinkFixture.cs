using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Notifications;

/// <summary>One aiosmtpd per test class; tests use their own addresses and count sessions as differences.</summary>
public sealed class SmtpSinkFixture : IAsyncLifetime
{
    private SmtpSink? _sink;

    public SmtpSink Sink => _sink ?? throw new InvalidOperationException("The SMTP sink has not started.");

    public async Task InitializeAsync() => _sink = await SmtpSink.StartAsync();

    public async Task DisposeAsync()
    {
        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}
