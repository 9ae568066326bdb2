using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyBridge.E2E.Infrastructure;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FamilyBridge.E2E;

/// <summary>A Spanish-speaking family's visit: every page in Spanish, axe at zero, no English interface text left.</summary>
[Collection(SiteCollection.Name)]
public sealed class SpanishJourneyTests(SiteFixture site, BrowserFixture browser)
{
    [Fact]
    public async Task The_spanish_home_resources_and_404_pages_show_no_english_interface_text_and_pass_axe()
    {
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/es/");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No tiene que pasar por esto a solas");
            await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Ayuda en una crisis" })).ToContainTextAsync("Llame al 988 y marque 2");
            await CheckSpanishPageAsync(page);

            await page.Locator(".site-wide .site-nav").GetByRole(AriaRole.Link, new() { Name = "Recursos", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/es/resources").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Recursos");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Líneas de crisis" })).ToBeVisibleAsync();
            await CheckSpanishPageAsync(page);

            var missing = await page.GotoAsync("/es/esta-pagina-no-existe");
            Assert.Equal(404, missing!.Status);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No encontramos esa página");
            await CheckSpanishPageAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// The journey on the Spanish curriculum. It needs the setup recipe to import content-recipes/es and
    /// Spanish search (other branches of issue 17); until the setup recipe names the Spanish recipes it is skipped.
    /// </summary>
    [Fact]
    public async Task A_spanish_reader_goes_from_home_through_a_module_lesson_knowledge_check_next_lesson_search_and_resources_all_in_spanish()
    {
        var module = SpanishCurriculum.Item("01-understanding", "Module");
        var lessons = SpanishCurriculum.Items("01-understanding", "Lesson");
        var naloxone = SpanishCurriculum.Items("04-trigger-proofing-the-home", "Lesson").Single(l => Path(l).EndsWith("/naloxona-y-sobredosis", StringComparison.Ordinal));
        var page = await browser.NewPageAsync(site.BaseAddress);
        try
        {
            await page.GotoAsync("/es/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("No tiene que pasar por esto a solas");
            await CheckSpanishPageAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = Title(module), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, "/" + Path(module)).ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title(module));
            await CheckSpanishPageAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = Title(lessons[0]), Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title(lessons[0]));
            var minutes = (int)lessons[0]["Lesson"]!["EstimatedMinutes"]!["Value"]!;
            await Expect(page.GetByText($"Se lee en alrededor de {minutes} minutos")).ToBeVisibleAsync();
            await CheckSpanishPageAsync(page);

            // The first question answered right, every other one wrong: both kinds of feedback show.
            var questions = lessons[0]["Questions"]!["ContentItems"]!.AsArray().Select(q => q!["KnowledgeCheckQuestion"]!).ToList();
            for (var i = 0; i < questions.Count; i++)
            {
                var choices = ((string)questions[i]["Choices"]!["Text"]!).Split('\n');
                var correct = (int)questions[i]["CorrectChoice"]!["Value"]!;
                var pick = i == 0 ? correct : (correct == 1 ? 2 : 1);
                await page.GetByLabel(choices[pick - 1], new() { Exact = true }).CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = "Revisar mis respuestas" }).ClickAsync();
            await Expect(page.Locator(".score")).ToContainTextAsync($"Acertó 1 de {questions.Count}.");
            await Expect(page.Locator(".question").Nth(0)).ToContainTextAsync("Correcto.");
            var secondAnswer = ((string)questions[1]["Choices"]!["Text"]!).Split('\n')[(int)questions[1]["CorrectChoice"]!["Value"]! - 1];
            await Expect(page.Locator(".question").Nth(1)).ToContainTextAsync($"No exactamente. La respuesta es “{secondAnswer}”.");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Revisar otra vez" })).ToBeVisibleAsync();
            await CheckSpanishPageAsync(page);

            await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Lección siguiente.*" + Regex.Escape(Title(lessons[1]))) }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title(lessons[1]));
            await CheckSpanishPageAsync(page);

            await page.Locator("#site-search-q").FillAsync("naloxona");
            await page.Locator("#site-search-q").PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Regex("/es/search\\?q=naloxona$"));
            await Expect(page.Locator(".search-results > li").First.GetByRole(AriaRole.Link)).ToHaveTextAsync(Title(naloxone));
            await CheckSpanishPageAsync(page);

            await page.Locator(".site-wide .site-nav").GetByRole(AriaRole.Link, new() { Name = "Recursos", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Recursos");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Línea 988 de Prevención del Suicidio y Crisis", Exact = true })).ToBeVisibleAsync();
            await CheckSpanishPageAsync(page);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task CheckSpanishPageAsync(IPage page)
    {
        await page.AssertNoEnglishInterfaceTextAsync();
        await page.AssertNoAxeViolationsAsync();
    }

    private static string Title(JsonNode item) => (string)item["TitlePart"]!["Title"]!;

    private static string Path(JsonNode item) => (string)item["AutoroutePart"]!["Path"]!;

    /// <summary>The Spanish curriculum as content-recipes/es holds it: titles, paths and answers the journey needs.</summary>
    private static class SpanishCurriculum
    {
        public static JsonNode Item(string recipe, string type) => Items(recipe, type).Single();

        public static IReadOnlyList<JsonNode> Items(string recipe, string type) =>
            [.. JsonNode.Parse(File.ReadAllText(RepositoryFiles.Get($"content-recipes/es/{recipe}.recipe.json")))!["steps"]!.AsArray()
                .SelectMany(step => step!["data"]?.AsArray() ?? [])
                .OfType<JsonNode>()
                .Where(item => (string?)item["ContentType"] == type)
                .OrderBy(item => (decimal?)item["ContainedPart"]?["Order"] ?? 0)];
    }
}
