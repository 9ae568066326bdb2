using System.Net;
using System.Net.Http.Headers;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Media.Services;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Media;

/// <summary>The image library through the real pages: upload checks, the list, serving, delete rights.</summary>
public sealed class MediaLibraryTests(MediaSiteFixture fixture) : IClassFixture<MediaSiteFixture>
{
    private const string UploadFormSelector = "form[enctype='multipart/form-data']";

    [Fact]
    public async Task An_author_uploads_an_image_with_alt_text_and_finds_it_listed_with_its_markdown()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author, "Alex Author");
        using var _ = author;

        var page = await UploadAsync(author, "kitchen.png", TestImages.Png, "A parent and a teen talking at a kitchen table");

        Assert.Equal("Uploaded. Copy its Markdown from the list to show it in a lesson.", page.Texts("[role=status]").Single());
        var row = page.Document.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent == "A parent and a teen talking at a kitchen table");
        var src = row.QuerySelector("img")!.GetAttribute("src")!;
        Assert.Matches("^/media/[0-9a-f]{32}\\.png$", src);
        Assert.Equal($"![A parent and a teen talking at a kitchen table]({src})", row.QuerySelector("input.media-snippet")!.GetAttribute("value"));
        Assert.Contains("By Alex Author", HtmlPage.Collapse(row.TextContent), StringComparison.Ordinal);
        Assert.Contains("70 bytes, image/png", HtmlPage.Collapse(row.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_image_is_served_with_its_type_a_year_of_caching_an_etag_and_nosniff()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;
        var url = await UploadAndFindUrlAsync(author, TestImages.Gif, "A small grey square");
        using var anonymous = fixture.Site.CreateReader();

        using var response = await anonymous.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/gif", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(TestImages.Gif, await response.Content.ReadAsByteArrayAsync());
        var etag = response.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var revalidated = await anonymous.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Theory]
    [InlineData("/media/00000000000000000000000000000000.png")]
    [InlineData("/media/..%2Ffamilybridge.db")]
    [InlineData("/media/familybridge.db")]
    public async Task An_unknown_media_name_is_not_found(string path)
    {
        using var anonymous = fixture.Site.CreateReader();

        using var response = await anonymous.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_text_file_renamed_png_is_refused_with_the_reason_and_the_alt_text_stays()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;

        var page = await UploadAsync(author, "holiday.png", TestImages.Text, "Our family on holiday", "image/png");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("This file is not a PNG, JPEG, WebP or GIF image. We check what is inside the file, not its name.", page.Texts(".error-summary li"));
        Assert.Equal("Our family on holiday", page.Document.QuerySelector("#AltText")!.GetAttribute("value"));
        Assert.Equal("true", page.Document.QuerySelector("#Upload")!.GetAttribute("aria-invalid"));
        Assert.DoesNotContain(page.Texts("tbody th"), t => t == "Our family on holiday");
    }

    [Fact]
    public async Task An_svg_is_refused_because_it_can_carry_script()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;

        var page = await UploadAsync(author, "logo.svg", TestImages.Svg, "Our logo", "image/svg+xml");

        Assert.Contains("SVG images are not accepted, because they can carry script. Save the image as PNG and upload that.", page.Texts(".error-summary li"));
        Assert.Equal("Our logo", page.Document.QuerySelector("#AltText")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_image_over_the_limit_is_refused_in_words_and_the_alt_text_stays()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;
        var before = Directory.Exists(fixture.MediaFolder) ? Directory.GetFiles(fixture.MediaFolder).Length : 0;

        var page = await UploadAsync(author, "big.png", TestImages.LargePng((int)MediaSiteFixture.MaxUploadBytes + 1), "A large photo");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("The image is over 64 KB. Save it smaller (for example 1600 pixels wide) and try again.", page.Texts(".error-summary li"));
        Assert.Equal("A large photo", page.Document.QuerySelector("#AltText")!.GetAttribute("value"));
        Assert.Equal(before, Directory.Exists(fixture.MediaFolder) ? Directory.GetFiles(fixture.MediaFolder).Length : 0);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;

        var page = await UploadAsync(author, "untitled.png", TestImages.Png, "   ");

        Assert.Contains("Describe the image in the alt text, for people who cannot see it.", page.Texts(".error-summary li"));
        Assert.Equal("true", page.Document.QuerySelector("#AltText")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Authors_delete_only_their_own_images_and_editors_delete_any()
    {
        var (_, owner) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author, "Owner Author");
        var (_, other) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author, "Other Author");
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var a = owner;
        using var b = other;
        using var c = editor;
        var url = await UploadAndFindUrlAsync(owner, TestImages.Png, "A hand holding a phone");
        var id = url["/media/".Length..^".png".Length];

        var otherList = await other.GetAsync("/admin/media");
        var otherDelete = await other.GetAsync($"/admin/media/{id}/delete");
        var ownerList = await owner.GetAsync("/admin/media");
        var confirm = await editor.GetAsync($"/admin/media/{id}/delete");
        var deleted = await editor.SubmitAsync(confirm, $"/admin/media/{id}/delete", new Dictionary<string, string>(), "main form[method=post]");
        var after = await editor.FollowAsync(deleted);
        using var anonymous = fixture.Site.CreateReader();
        using var gone = await anonymous.GetAsync(new Uri(url, UriKind.Relative));

        Assert.DoesNotContain(otherList.Document.QuerySelectorAll($"a[href='/admin/media/{id}/delete']"), _ => true);
        Assert.Equal(HttpStatusCode.NotFound, otherDelete.Response.StatusCode);
        Assert.Single(ownerList.Document.QuerySelectorAll($"a[href='/admin/media/{id}/delete']"));
        Assert.Equal("Delete this image?", confirm.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Deleted the image “A hand holding a phone”.", after.Texts("[role=status]").Single());
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_library_lists_images_newest_first_for_the_editor_form_and_markdown_shows_them()
    {
        var (_, author) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Author);
        using var _ = author;
        await UploadAndFindUrlAsync(author, TestImages.Png, "First of two");
        var newest = await UploadAndFindUrlAsync(author, TestImages.Png, "Second of two");

        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var images = await scope.ServiceProvider.GetRequiredService<IMediaLibrary>().ListAsync();
        var html = scope.ServiceProvider.GetRequiredService<IMarkdownRenderer>().ToSafeHtml(images[0].MarkdownSnippet);

        Assert.Equal(newest, images[0].Url);
        Assert.Equal("Second of two", images[0].AltText);
        Assert.Equal("First of two", images[1].AltText);
        Assert.Equal($"<p><img src=\"{newest}\" alt=\"Second of two\"></p>", html.Trim());
    }

    [Fact]
    public async Task People_without_a_staff_role_cannot_reach_the_library()
    {
        using var visitor = new Reader(fixture.Site);
        var anonymous = await visitor.Client.GetAsync(new Uri("/admin/media", UriKind.Relative));
        await visitor.RegisterAndSignInAsync();
        var signedIn = await visitor.Client.GetAsync(new Uri("/admin/media", UriKind.Relative));

        Assert.Equal("/account/login", anonymous.Headers.Location!.AbsolutePath);
        Assert.Equal("/account/access-denied", signedIn.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public void The_upload_page_accepts_bodies_well_over_the_limit_so_the_page_can_say_what_is_wrong()
    {
        var endpoint = fixture.Site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Single(e => e.RoutePattern.RawText == "admin/media");
        var expected = (MediaSiteFixture.MaxUploadBytes * 8) + (1024 * 1024);

        Assert.Equal(expected, endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()!.MaxRequestBodySize);
        Assert.Equal(expected, endpoint.Metadata.GetMetadata<IFormOptionsMetadata>()!.MultipartBodyLengthLimit);
    }

    private static async Task<HtmlPage> UploadAsync(Reader client, string fileName, byte[] bytes, string altText, string contentType = "image/png")
    {
        var response = await Media.UploadForm.PostAsync(
            client, "/admin/media", UploadFormSelector, new Dictionary<string, string> { ["AltText"] = altText }, "Upload", fileName, bytes, contentType);
        return await client.FollowAsync(response);
    }

    private static async Task<string> UploadAndFindUrlAsync(Reader client, byte[] bytes, string altText)
    {
        var page = await UploadAsync(client, "image.bin", bytes, altText);
        return page.Document.QuerySelectorAll("tbody tr")
            .First(r => r.QuerySelector("th")!.TextContent == altText)
            .QuerySelector("img")!.GetAttribute("src")!;
    }
}
