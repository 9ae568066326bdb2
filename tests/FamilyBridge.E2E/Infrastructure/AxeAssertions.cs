using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

public static class AxeAssertions
{
    /// <summary>
    /// Runs axe-core on the page as it is now and fails listing each violation's rule id, impact and targets.
    /// The axe script is evaluated by Playwright, so the site's strict CSP does not block it.
    /// </summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        if (result.Violations.Length == 0)
        {
            return;
        }

        var lines = result.Violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n    " +
            string.Join("\n    ", v.Nodes.Select(n => $"{n.Target} {n.Html}")));
        Assert.Fail($"axe found {result.Violations.Length} accessibility violation(s) on {page.Url}:\n{string.Join("\n", lines)}");
    }
}
