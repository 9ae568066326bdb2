using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Editor.Data;
using FamilyBridge.Editor.Models;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Media;
using FamilyBridge.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>Recipe export and import from the admin, through the same exporter and importer as the command line.</summary>
public sealed class RecipesTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    private const string ImportForm = "form[enctype='multipart/form-data']";

    [Fact]
    public async Task An_administrator_downloads_the_site_as_an_orchard_recipe()
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;

        var page = await admin.GetAsync("/admin/recipes");
        var href = page.Document.QuerySelector("a[download]")!.GetAttribute("href")!;
        using var download = await admin.Client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".recipe.json", download.Content.Headers.ContentDisposition!.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var recipe = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        Assert.Equal(["feature", "ContentDefinition", "Settings", "Roles", "content"], recipe["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        Assert.Contains(recipe["steps"]![1]!["ContentTypes"]!.AsArray(), t => t!["Name"]!.GetValue<string>() == "Lesson");
        Assert.Contains(recipe["steps"]![3]!["Roles"]!.AsArray(), r => r!["Name"]!.GetValue<string>() == SiteRoles.Administrator);
        Assert.Contains(recipe["steps"]![4]!["data"]!.AsArray(), i => i!["ContentType"]!.GetValue<string>() == "Lesson");
    }

    [Fact]
    public async Task An_administrator_imports_a_recipe_file_sees_the_report_and_the_import_is_audited()
    {
        var (admin, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = client;
        var bytes = await File.ReadAllBytesAsync(RepositoryFiles.Get(WebFixtureContent.RecipePath));

        var response = await UploadForm.PostAsync(client, "/admin/recipes", ImportForm, new Dictionary<string, string>(), "RecipeFile", "web-fixture.recipe.json", bytes, "application/json");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Imported the recipe “familybridge.tests.web-fixture”", page.Texts("#imported-heading").Single());
        Assert.Contains(page.Texts("[role=status] li"), l => l.StartsWith("familybridge.tests.web-fixture step 1 (content):", StringComparison.Ordinal));
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("practising-calm-conversations", CancellationToken.None));
        var audit = await scope.ServiceProvider.GetRequiredService<EditorDbContext>().AuditEntries.Where(e => e.UserId == admin.UserId).ToListAsync();
        Assert.Contains(audit, e => e.Action == ContentAuditActions.RecipeImported && e.Summary.Contains("familybridge.tests.web-fixture", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_recipe_names_the_step_and_field_and_changes_nothing()
    {
        var (_, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = client;
        const string recipe = """
            {
              "name": "half-good",
              "steps": [
                { "name": "content", "data": [ {
                  "ContentItemId": "4aaaa000000000000000000001", "ContentItemVersionId": "4aaaa000000000000000000002",
                  "ContentType": "Page", "DisplayText": "Should not appear", "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Should not appear" }, "AutoroutePart": { "Path": "should-not-appear" } } ] },
                { "name": "content", "data": [ { "DisplayText": "An item with no type" } ] }
              ]
            }
            """;

        var response = await UploadForm.PostAsync(
            client, "/admin/recipes", ImportForm, new Dictionary<string, string>(), "RecipeFile", "half-good.recipe.json", Encoding.UTF8.GetBytes(recipe), "application/json");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nothing was imported. half-good.recipe.json: recipe 'half-good' step 2 (content): item 1 has no ContentType."], page.Texts(".error-summary li"));
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentQuery>().GetPublishedByPathAsync("should-not-appear", CancellationToken.None));
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused_with_the_line_and_column()
    {
        var (_, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = client;

        var response = await UploadForm.PostAsync(
            client, "/admin/recipes", ImportForm, new Dictionary<string, string>(), "RecipeFile", "notes.recipe.json", "{ \"steps\": [ oops ] }"u8.ToArray(), "application/json");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(["Nothing was imported. notes.recipe.json is not valid JSON: line 1, column 14."], page.Texts(".error-summary li"));
    }

    [Fact]
    public async Task Keys_differing_only_in_case_are_refused_with_a_message_not_an_error_page()
    {
        var (_, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = client;

        var response = await UploadForm.PostAsync(
            client, "/admin/recipes", ImportForm, new Dictionary<string, string>(), "RecipeFile", "case.recipe.json", "{ \"steps\": [],\n  \"STEPS\": [] }"u8.ToArray(), "application/json");
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Nothing was imported. case.recipe.json: line 2: the keys \"steps\" and \"STEPS\" differ only in case; recipes read keys in any case, so keep one."], page.Texts(".error-summary li"));
    }

    [Fact]
    public async Task Editors_cannot_import_or_export_recipes()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;

        var page = await editor.Client.GetAsync(new Uri("/admin/recipes", UriKind.Relative));
        var export = await editor.Client.GetAsync(new Uri("/admin/recipes?handler=Export", UriKind.Relative));

        Assert.Equal("/account/access-denied", page.Headers.Location!.AbsolutePath);
        Assert.Equal("/account/access-denied", export.Headers.Location!.AbsolutePath);
    }
}
