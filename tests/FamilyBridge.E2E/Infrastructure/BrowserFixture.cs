using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// Chromium (or Chrome) driven by Playwright's bundled driver: no <c>playwright install</c> (no download host
/// here), so the executable path is given, found by <see cref="ChromiumLocator"/>. Each test takes its own context:
/// cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] LaunchArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumLocator.Find(),
            Headless = true,
            Args = LaunchArgs,
        });
    }

    /// <summary>A fresh context and page against <paramref name="baseAddress"/>; dispose the context when done.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress, bool javaScriptEnabled = true, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
