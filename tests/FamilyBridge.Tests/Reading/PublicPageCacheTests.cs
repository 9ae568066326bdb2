using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Reading;

/// <summary>Anonymous readers' pages come from the output cache, and every editor's change reaches the next request.</summary>
public sealed class PublicPageCacheTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    [Fact]
    public async Task Anonymous_lesson_is_served_from_the_cache_as_public_with_a_strong_etag()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Cached lesson");
        using var client = fixture.Site.CreateReader();

        var first = await client.GetAsync(new Uri($"/{lessons[0].Path}", UriKind.Relative));
        var second = await client.GetAsync(new Uri($"/{lessons[0].Path}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.True(second.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), second.Headers.CacheControl?.MaxAge);
        Assert.False(second.Headers.CacheControl?.NoStore);
        Assert.NotNull(second.Headers.ETag);
        Assert.False(second.Headers.ETag.IsWeak);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.DoesNotContain(second.Headers, h => h.Key == "Set-Cookie");
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_matching_if_none_match_gets_304_with_no_body_and_another_gets_the_page()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Revalidated lesson");
        using var client = fixture.Site.CreateReader();
        var path = new Uri($"/{lessons[0].Path}", UriKind.Relative);
        var etag = (await client.GetAsync(path)).Headers.ETag!;

        using var matching = new HttpRequestMessage(HttpMethod.Get, path);
        matching.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(matching);
        using var other = new HttpRequestMessage(HttpMethod.Get, path);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var full = await client.SendAsync(other);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Contains("Revalidated lesson", await full.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_new_title_shows_on_the_next_anonymous_request_to_lesson_module_and_home()
    {
        var (module, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Old lesson title", "Its neighbour");
        using var client = fixture.Site.CreateReader();
        string[] lessonPaths = [$"/{lessons[0].Path}", $"/{lessons[1].Path}", $"/{module.Path}"];
        await WarmAsync(client, [.. lessonPaths, "/"], module.Title);

        await ReadingContent.RetitleAsync(fixture.Site, lessons[0], "New lesson title");
        await ReadingContent.RetitleAsync(fixture.Site, module, "Renamed module");

        foreach (var path in lessonPaths)
        {
            var page = await HtmlPage.GetAsync(client, path);
            Assert.Contains("New lesson title", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Old lesson title", page.Text, StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/", $"/{lessons[1].Path}" })
        {
            var page = await HtmlPage.GetAsync(client, path);
            Assert.Contains("Renamed module", page.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(module.Title, page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unpublished_lesson_is_gone_from_the_next_anonymous_request()
    {
        var (module, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Soon withdrawn", "Stays");
        using var client = fixture.Site.CreateReader();
        await HtmlPage.GetAsync(client, $"/{lessons[0].Path}");
        Assert.Contains("Soon withdrawn", (await HtmlPage.GetAsync(client, $"/{module.Path}")).Text, StringComparison.Ordinal);
        Assert.Contains("Soon withdrawn", (await HtmlPage.GetAsync(client, $"/{module.Path}")).Text, StringComparison.Ordinal);

        await ReadingContent.RunAsync(fixture.Site, async content =>
        {
            await content.UnpublishAsync(lessons[0].ContentItemId);
            return true;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/{lessons[0].Path}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Soon withdrawn", (await HtmlPage.GetAsync(client, $"/{module.Path}")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Soon withdrawn", (await HtmlPage.GetAsync(client, $"/{lessons[1].Path}")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reorder_shows_on_the_next_anonymous_request()
    {
        var (module, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Alpha step", "Beta step");
        using var client = fixture.Site.CreateReader();
        Assert.Equal(["Alpha step", "Beta step"], await LessonTitlesAsync(client, module.Path!));
        Assert.Equal(["Alpha step", "Beta step"], await LessonTitlesAsync(client, module.Path!));

        await ReadingContent.RunAsync(fixture.Site, async content =>
        {
            await content.SetOrderAsync(lessons[0].ContentItemId, 1);
            await content.SetOrderAsync(lessons[1].ContentItemId, 0);
            return true;
        });

        Assert.Equal(["Beta step", "Alpha step"], await LessonTitlesAsync(client, module.Path!));
    }

    [Fact]
    public async Task A_site_name_change_shows_on_the_next_anonymous_request()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Any lesson");
        using var client = fixture.Site.CreateReader();
        await HtmlPage.GetAsync(client, $"/{lessons[0].Path}");
        await HtmlPage.GetAsync(client, $"/{lessons[0].Path}");
        var newName = "Family Bridge " + Guid.NewGuid().ToString("N")[..6];

        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISiteSettingsService>().MergeAsync(new JsonObject { ["SiteName"] = newName });
        }

        var page = await HtmlPage.GetAsync(client, $"/{lessons[0].Path}");
        Assert.Equal(newName, page.Document.QuerySelector(".site-name")?.TextContent);
    }

    [Fact]
    public async Task Compressed_pages_are_stored_compressed_per_encoding()
    {
        var (_, lessons) = await ReadingContent.CreateModuleAsync(fixture.Site, "Compressed lesson");
        using var client = fixture.Site.CreateReader();
        HttpResponseMessage? last = null;
        foreach (var encoding in new[] { "br", "br", "gzip", "gzip" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/{lessons[0].Path}", UriKind.Relative));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
            last = await client.SendAsync(request);
            Assert.Equal(encoding, Assert.Single(last.Content.Headers.ContentEncoding));
        }

        Assert.NotNull(last!.Headers.Age);
        await using var gzip = new System.IO.Compression.GZipStream(await last.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        Assert.Contains("Compressed lesson", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_results_are_cached_and_a_publish_reaches_the_next_search()
    {
        var word = "zqx" + Guid.NewGuid().ToString("N")[..6];
        using var client = fixture.Site.CreateReader();
        await HtmlPage.GetAsync(client, $"/search?q={word}");
        var cached = await HtmlPage.GetAsync(client, $"/search?q={word}");
        Assert.NotNull(cached.Response.Headers.Age);

        await ReadingContent.CreateModuleAsync(fixture.Site, $"Lesson about {word}");

        var fresh = await HtmlPage.GetAsync(client, $"/search?q={word}");
        Assert.Null(fresh.Response.Headers.Age);
        Assert.Contains($"Lesson about {word}", fresh.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_readers_never_get_a_cached_page_nor_another_readers_content()
    {
        var lesson = await Learning.Curriculum.LessonWithChecklistAndPromptAsync(fixture.Site);
        var path = $"/{lesson.Path}";
        using var anonymous = new Reader(fixture.Site);
        await anonymous.GetAsync(path);
        Assert.NotNull((await anonymous.GetAsync(path)).Response.Headers.Age);

        using var first = new Reader(fixture.Site);
        await first.RegisterAndSignInAsync("Avery");
        await first.FollowAsync(await first.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "Avery's private thought.", ["intent"] = "save" }, "form[action$='/note']"));
        using var second = new Reader(fixture.Site);
        await second.RegisterAndSignInAsync("Blake");

        foreach (var page in new[] { await second.GetAsync(path), await second.GetAsync(path) })
        {
            Assert.Null(page.Response.Headers.Age);
            Assert.NotEqual(true, page.Response.Headers.CacheControl?.Public);
            Assert.DoesNotContain("Avery's private thought.", page.Text, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector("form[action='/account/logout']"));
            Assert.NotNull(page.Document.QuerySelector(".knowledge-check input[name=__RequestVerificationToken]"));
        }

        Assert.Contains("Avery's private thought.", (await first.GetAsync(path)).Text, StringComparison.Ordinal);
        var anonymousPage = await anonymous.GetAsync(path);
        Assert.DoesNotContain("Avery's private thought.", anonymousPage.Text, StringComparison.Ordinal);
        Assert.Null(anonymousPage.Document.QuerySelector("form[action='/account/logout']"));
    }

    /// <summary>Reads each page twice, so the second read comes from the cache and shows <paramref name="expected"/>.</summary>
    private static async Task WarmAsync(HttpClient client, IEnumerable<string> paths, string expected)
    {
        foreach (var path in paths)
        {
            await HtmlPage.GetAsync(client, path);
            var cached = await HtmlPage.GetAsync(client, path);
            Assert.NotNull(cached.Response.Headers.Age);
            Assert.Contains(expected, cached.Text, StringComparison.Ordinal);
        }
    }

    private static async Task<IReadOnlyList<string>> LessonTitlesAsync(HttpClient client, string modulePath) =>
        (await HtmlPage.GetAsync(client, $"/{modulePath}")).Texts(".lesson-list .card-title");
}
