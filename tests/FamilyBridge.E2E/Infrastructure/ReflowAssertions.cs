using System.Text.Json;
using Microsoft.Playwright;

namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide nothing may make the page scroll sideways. Checked in the browser, on
/// the page as it is, by narrowing the viewport, reading <c>scrollWidth</c> against <c>clientWidth</c>, and putting
/// the viewport back. <see cref="AxeAssertions.AssertNoAxeViolationsAsync"/> runs it too, so every page a test checks
/// with axe is checked for reflow as well.
/// </summary>
public static class ReflowAssertions
{
    public const int NarrowWidth = 320;

    // Lists the elements that stick out past the right edge, innermost first, so a failure names the culprit.
    private const string Measure = """
        () => {
            const root = document.documentElement;
            const limit = root.clientWidth;
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
            const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > limit + 0.5 && e.getClientRects().length > 0)
                .filter(e => !e.closest('details:not([open]) > :not(summary)'))
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > limit + 0.5))
                .slice(0, 8)
                .map(e => describe(e) + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');
            return { scrollWidth: root.scrollWidth, clientWidth: limit, wide };
        }
        """;

    /// <summary>Fails when the page scrolls sideways at 320 px, naming the elements that stick out.</summary>
    public static async Task AssertNoHorizontalScrollAt320Async(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var original = page.ViewportSize;
        await page.SetViewportSizeAsync(NarrowWidth, original?.Height ?? 640);
        try
        {
            var result = await page.EvaluateAsync<JsonElement>(Measure);
            var scrollWidth = result.GetProperty("scrollWidth").GetInt32();
            var clientWidth = result.GetProperty("clientWidth").GetInt32();
            if (scrollWidth > clientWidth)
            {
                var wide = result.GetProperty("wide").EnumerateArray().Select(e => e.GetString());
                Assert.Fail($"{page.Url} scrolls sideways at {NarrowWidth} px: the document is {scrollWidth} px wide in a {clientWidth} px window. " +
                    $"Sticking out:\n  {string.Join("\n  ", wide)}");
            }
        }
        finally
        {
            if (original is not null)
            {
                await page.SetViewportSizeAsync(original.Width, original.Height);
            }
        }
    }
}
