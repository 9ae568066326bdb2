using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using static FamilyBridge.Tests.Web.WebFixtureContent;

namespace FamilyBridge.Tests.Web;

/// <summary>What a reader sees, run once on SQLite and once on PostgreSQL (see the two subclasses).</summary>
public abstract class SiteBehaviourTests(SiteFixture fixture)
{
    private SiteFactory Site => fixture.Site;

    [Fact]
    public async Task Home_lists_every_module_in_order_with_lessons_and_minutes()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.Equal("FamilyBridge", HtmlPage.Collapse(page.Document.QuerySelector(".site-name")!.TextContent));
        var titles = page.Texts(".module-list .card-title");
        foreach (var curriculumModule in CurriculumModuleTitles())
        {
            Assert.Contains(curriculumModule, titles);
        }

        Assert.Equal(ModuleTitle, titles[^1]); // Order 99: after the whole curriculum
        var cards = page.Document.QuerySelectorAll(".module-card");
        var card = cards[cards.Length - 1];
        var cardText = HtmlPage.Collapse(card.TextContent);
        Assert.Contains("Two short lessons used by the site's own tests.", cardText);
        Assert.Contains("For: Parents, partners and friends.", cardText);
        Assert.Contains("2 lessons · about 10 minutes", cardText);
        Assert.Equal(ModulePath, card.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Module_page_lists_its_lessons_in_order_with_minutes()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, ModulePath);

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.Equal(ModuleTitle, page.Texts("h1").Single());
        Assert.Contains("A short test module about calm conversations.", page.Text.Replace("\n", " ", StringComparison.Ordinal));
        var lessons = page.Document.QuerySelectorAll(".lesson-list > li");
        Assert.Equal(2, lessons.Length);
        Assert.Contains(FirstLessonTitle, lessons[0].TextContent);
        Assert.Contains("About 6 minutes", HtmlPage.Collapse(lessons[0].TextContent));
        Assert.Contains("When to start a hard conversation.", lessons[0].TextContent);
        Assert.Contains(SecondLessonTitle, lessons[1].TextContent);
        Assert.Contains("About 4 minutes", HtmlPage.Collapse(lessons[1].TextContent));
    }

    [Fact]
    public async Task Lesson_page_shows_every_part_of_the_lesson()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, FirstLessonPath);

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.Equal(FirstLessonTitle, page.Texts("h1").Single());
        Assert.Equal(ModulePath, page.Document.QuerySelector("nav.breadcrumb a[href='" + ModulePath + "']")?.GetAttribute("href"));
        Assert.Contains("About 6 minutes to read", page.Texts(".meta"));
        Assert.Equal(["Spot a calm moment to talk", "Keep the first talk short"], page.Texts(".objectives li"));
        Assert.Equal("Why timing matters", page.Texts(".lesson-body h2").Single());
        Assert.Equal(["Pick a quiet time", "Keep it short"], page.Texts(".lesson-body li"));
        Assert.Equal(["Wait for a calm, sober moment", "Short and kind beats long and perfect"], page.Texts(".takeaways li"));

        var questions = page.Document.QuerySelectorAll(".knowledge-check fieldset");
        Assert.Equal(2, questions.Length);
        Assert.Contains("When is a good time to talk?", questions[0].QuerySelector("legend")!.TextContent);
        Assert.Equal(3, questions[0].QuerySelectorAll("input[type=radio]").Length);
        Assert.Equal(
            ["Right after an argument", "When you are both calm and sober", "While they are using"],
            [.. questions[0].QuerySelectorAll("label").Select(l => l.TextContent.Trim())]);

        Assert.Contains("When did a talk with your loved one go well?", page.Text);
        Assert.Contains("Write down one thing you want to say.", page.Text);
        var source = page.Document.QuerySelector(".sources li")!;
        Assert.Contains("SAMHSA", source.TextContent);
        Assert.Equal("https://www.samhsa.gov/find-help/national-helpline", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("general information, not medical advice", page.Document.QuerySelector(".disclaimer")!.TextContent);

        var next = page.Document.QuerySelector(".lesson-nav a[rel=next]")!;
        Assert.Equal(SecondLessonPath, next.GetAttribute("href"));
        Assert.Contains(SecondLessonTitle, next.TextContent);
    }

    [Fact]
    public async Task Last_lesson_links_back_and_shows_no_disclaimer_when_not_asked()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, SecondLessonPath);

        Assert.Equal(FirstLessonPath, page.Document.QuerySelector(".lesson-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector(".disclaimer"));
    }

    [Fact]
    public async Task Anonymous_knowledge_check_is_scored_from_a_cached_page_without_a_token()
    {
        using var client = Site.CreateReader();
        await HtmlPage.GetAsync(client, FirstLessonPath);
        var lesson = await HtmlPage.GetAsync(client, FirstLessonPath);
        Assert.NotNull(lesson.Response.Headers.Age); // the output cache answered this one
        var form = lesson.Document.QuerySelector(".knowledge-check form")!;
        Assert.Null(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var names = form.QuerySelectorAll("fieldset").Select(f => f.QuerySelector("input[type=radio]")!.GetAttribute("name")!).ToList();

        using var answers = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [names[0]] = "2", // right
            [names[1]] = "2", // wrong: the answer is 1
        });
        var page = await HtmlPage.ParseAsync(await client.PostAsync(new Uri(FirstLessonPath, UriKind.Relative), answers));

        Assert.Equal(200, (int)page.Response.StatusCode);
        Assert.StartsWith("You got 1 of 2 right.", page.Texts(".score").Single(), StringComparison.Ordinal);
        var questions = page.Document.QuerySelectorAll(".knowledge-check fieldset");
        Assert.Contains("is-right", questions[0].ClassList);
        Assert.Contains("Right.", questions[0].QuerySelector(".feedback")!.TextContent);
        Assert.Contains("Calm, sober moments give both of you the best chance to listen.", questions[0].TextContent);
        Assert.Equal("2", questions[0].QuerySelector("input[checked]")!.GetAttribute("value"));
        Assert.Contains("is-wrong", questions[1].ClassList);
        Assert.Contains("Not quite. The answer is “Short”.", HtmlPage.Collapse(questions[1].QuerySelector(".feedback")!.TextContent));
        Assert.Contains("A short talk is easier for both of you and can be repeated.", questions[1].TextContent);
        Assert.Equal("2", questions[1].QuerySelector("input[checked]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Knowledge_check_posted_to_a_page_without_questions_is_not_found()
    {
        using var client = Site.CreateReader();
        using var answers = new FormUrlEncodedContent(new Dictionary<string, string> { ["answer-x"] = "1" });
        var response = await client.PostAsync(new Uri(ModulePath, UriKind.Relative), answers);

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Unknown_path_gets_the_themed_404_with_the_crisis_strip()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, "/no/such/lesson");

        Assert.Equal(404, (int)page.Response.StatusCode);
        Assert.Equal("We couldn't find that page", page.Texts("h1").Single());
        var crisis = page.Document.QuerySelector("aside.crisis-strip")!;
        Assert.NotNull(crisis.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='sms:988']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:18006624357']"));
        Assert.NotNull(crisis.QuerySelector("a[href='tel:911']"));
        Assert.DoesNotContain("Exception", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(FirstLessonPath)]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = Site.CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
            "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resource_directory_groups_by_kind_with_dialable_numbers()
    {
        using var client = Site.CreateReader();
        var page = await HtmlPage.GetAsync(client, "/resources");

        Assert.Equal(200, (int)page.Response.StatusCode);
        var helplineGroup = page.Document.QuerySelectorAll(".resource-group")
            .Single(g => g.QuerySelector("h2")!.TextContent.Trim() == "Helpline");
        var card = helplineGroup.QuerySelectorAll(".resource-card").Single(c => c.TextContent.Contains(HelplineTitle, StringComparison.Ordinal));
        Assert.Equal("tel:18005550199", card.QuerySelector("dd a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("Weekdays 9 a.m. to 5 p.m.", card.TextContent);
        Assert.Equal("https://example.org/helpline", card.QuerySelector("a[href^='https:']")!.GetAttribute("href"));
        var textLine = page.Document.QuerySelectorAll(".resource-card").Single(c => c.TextContent.Contains("Test Crisis Text Line", StringComparison.Ordinal));
        Assert.Equal("sms:555123", textLine.QuerySelector("a[href^='sms:']")!.GetAttribute("href"));

        var own = await HtmlPage.GetAsync(client, HelplinePath);
        Assert.Equal(HelplineTitle, own.Texts("h1").Single());
        Assert.Contains("TTY", own.Texts("dt"));
    }

    [Fact]
    public async Task A_second_start_on_the_same_data_duplicates_nothing_and_keeps_its_keys()
    {
        var before = await CountPublishedAsync(Site);
        // Unsubscribe links in inboxes and sign-in cookies are protected with these keys; a restart must keep them.
        var protectedLink = Site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restart-test").Protect("grant-42");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(Site.AppDataPath, "keys"), "key-*.xml"));

        await using (var again = await SiteFactory.StartAsync(
            Site.Database, appDataPath: Site.AppDataPath, postgresConnectionString: Site.PostgresConnectionString))
        {
            Assert.Equal("grant-42", again.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("restart-test").Unprotect(protectedLink));
            Assert.Equal(before, await CountPublishedAsync(again));
            using var client = again.CreateReader();
            var home = await HtmlPage.GetAsync(client, "/");
            var titles = home.Texts(".module-list .card-title");
            Assert.Equal(titles.Distinct().Count(), titles.Count);
        }

        Assert.Equal(before, await CountPublishedAsync(Site));
    }

    private static async Task<int> CountPublishedAsync(SiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var items = await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetAllAsync(VersionOptions.Published);
        return items.Count;
    }

    /// <summary>The module titles the setup recipe's curriculum brings, read from the recipe files themselves.</summary>
    private static IEnumerable<string> CurriculumModuleTitles() =>
        Directory.EnumerateFiles(RepositoryFiles.Get("content-recipes/curriculum"), "*.recipe.json")
            .SelectMany(file => JsonNode.Parse(File.ReadAllText(file), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!["steps"]!.AsArray())
            .SelectMany(step => step!["data"] is JsonArray data ? data : [])
            .Select(item => item!.AsObject())
            .Where(item => (string?)item["ContentType"] == "Module")
            .Select(item => new ContentItem(item.DeepClone().AsObject()).Title);
}
