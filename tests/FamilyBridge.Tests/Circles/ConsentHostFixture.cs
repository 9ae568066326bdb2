namespace FamilyBridge.Tests.Circles;

/// <summary>One consent host (SQLite, SMTP sink) shared by a test class; each test makes its own circle.</summary>
public sealed class ConsentHostFixture : IAsyncLifetime
{
    private ConsentTestHost? _host;

    public ConsentTestHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _host = await ConsentTestHost.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
