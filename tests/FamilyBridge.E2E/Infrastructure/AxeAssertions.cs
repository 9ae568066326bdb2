using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

public static class AxeAssertions
{
    /// <summary>
    /// Runs axe-core on the page as it is now and fails listing each violation's rule id, impact and targets.
    /// The axe script is evaluated by Playwright, so the site's strict CSP does not block it. A page with no
    /// violations is then checked for sideways scrolling at 320 px (<see cref="ReflowAssertions"/>).
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            // Every page checked for accessibility is also checked for reflow at 320 px (WCAG 1.4.10).
            await page.AssertNoHorizontalScrollAt320Async();
            return;
        }

        var lines = result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " +
            string.Join("\n    ", v.Nodes.Select(n => $"{n.Target} {n.Html}")));
        Assert.Fail($"axe found {result.Violations.Length} accessibility violation(s) on {page.Url}:\n{string.Join("\n", lines)}");
    }

    /// <summary>
    /// axe-core is a script, so it never finishes in a context with JavaScript disabled. A page a test reads
    /// without script is checked by opening the same address, with the same cookies, in a script-enabled context.
    /// </summary>
    public static async Task AssertNoAxeViolationsWithoutScriptAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var browser = page.Context.Browser ?? throw new InvalidOperationException("The page has no browser.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            StorageState = await page.Context.StorageStateAsync(),
            ViewportSize = page.ViewportSize is { } size ? new ViewportSize { Width = size.Width, Height = size.Height } : null,
        });
        try
        {
            var scripted = await context.NewPageAsync();
            await scripted.GotoAsync(page.Url);
            await scripted.AssertNoAxeViolationsAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
