using FamilyBridge.Tests.Infrastructure;
using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// Full-page screenshots kept as test artefacts: <c>tests/FamilyBridge.E2E/TestResults/screenshots/</c> (ignored by
/// git), or the folder in <c>FB_E2E_ARTEFACTS</c> (CI uploads it). Named by page and viewport, e.g. <c>home-390x844.png</c>.
/// </summary>
public static class PageArtefacts
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("FB_E2E_ARTEFACTS") is { Length: > 0 } configured
        ? Path.Combine(configured, "screenshots")
        : RepositoryFiles.Get("tests/FamilyBridge.E2E/TestResults/screenshots");

    /// <summary>Saves the whole page (not just the viewport) and returns the file's path.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var size = page.ViewportSize;
        var path = Path.Combine(Folder, size is null ? $"{name}.png" : $"{name}-{size.Width}x{size.Height}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
