using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Editor.Data;
using FamilyBridge.Editor.Models;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Editor;

/// <summary>Content definitions in the admin: editors read them, administrators add fields, exports carry them.</summary>
public sealed class TypesTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    [Fact]
    public async Task An_editor_sees_each_type_with_its_parts_and_a_types_fields()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;

        var list = await editor.GetAsync("/admin/types");
        var lesson = await editor.GetAsync("/admin/types/Lesson");

        Assert.Equal(HttpStatusCode.OK, list.Response.StatusCode);
        Assert.Contains("Lesson", list.Texts("tbody th a"));
        Assert.Contains("Module", list.Texts("tbody th a"));
        Assert.Equal("Lesson", lesson.Texts("h1").Single());
        Assert.Contains("Estimated minutes", lesson.Texts("tbody th"));
        Assert.Contains("One objective per line.", lesson.Texts("tbody td"));
        Assert.Empty(lesson.Document.QuerySelectorAll("a[href='/admin/types/Lesson/add-field']"));
    }

    [Fact]
    public async Task Only_administrators_may_add_a_field()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;

        var response = await editor.Client.GetAsync(new Uri("/admin/types/Lesson/add-field", UriKind.Relative));

        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_administrator_adds_a_field_that_the_type_page_the_export_and_the_audit_log_show()
    {
        var (admin, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator, "Ada Admin");
        using var _ = client;

        var added = await client.SubmitAsync("/admin/types/Resource/add-field", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Languages spoken",
            ["Input.Name"] = "Languages",
            ["Input.Kind"] = "TextField",
            ["Input.Hint"] = "For example: English, Spanish.",
        });
        var page = await client.FollowAsync(added);

        Assert.Equal("/admin/types/Resource", added.Headers.Location!.OriginalString);
        Assert.Equal("Added the field “Languages spoken” to Resource.", page.Texts("[role=status]").Single());
        Assert.Contains("Languages spoken", page.Texts("tbody th"));
        Assert.Contains("For example: English, Spanish.", page.Texts("tbody td"));

        var field = (await ExportAsync()).ContentParts.Single(p => p!["Name"]!.GetValue<string>() == "Resource")!["ContentPartFieldDefinitionRecords"]!
            .AsArray().Single(f => f!["Name"]!.GetValue<string>() == "Languages")!;
        Assert.Equal("TextField", field["FieldName"]!.GetValue<string>());
        Assert.Equal("Languages spoken", field["Settings"]!["ContentPartFieldSettings"]!["DisplayName"]!.GetValue<string>());
        Assert.Equal("For example: English, Spanish.", field["Settings"]!["TextFieldSettings"]!["Hint"]!.GetValue<string>());

        var audit = await AuditAsync(admin.UserId);
        Assert.Contains(audit, e => e.Action == ContentAuditActions.DefinitionChanged && e.Summary.Contains("Languages", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Reading level", "The technical name must start with a letter and use only letters, digits and underscores (no spaces), up to 64 characters.")]
    [InlineData("2ndTry", "The technical name must start with a letter and use only letters, digits and underscores (no spaces), up to 64 characters.")]
    [InlineData("estimatedminutes", "Lesson already has a field named estimatedminutes. Choose another name.")]
    public async Task A_bad_or_taken_name_is_refused_and_the_form_keeps_what_was_typed(string name, string message)
    {
        var (_, client) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = client;

        var response = await client.SubmitAsync("/admin/types/Lesson/add-field", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Reading level",
            ["Input.Name"] = name,
            ["Input.Kind"] = "NumericField",
            ["Input.Hint"] = "Grade level from the readability check.",
        });
        var page = await Web.HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], page.Texts(".error-summary li"));
        Assert.Equal(name, page.Document.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal("Reading level", page.Document.QuerySelector("#Input_DisplayName")!.GetAttribute("value"));
        Assert.Equal("Grade level from the readability check.", page.Document.QuerySelector("#Input_Hint")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#kind-NumericField[checked]"));
        Assert.DoesNotContain((await ExportAsync()).ContentParts.Single(p => p!["Name"]!.GetValue<string>() == "Lesson")!["ContentPartFieldDefinitionRecords"]!.AsArray(),
            f => f!["Name"]!.GetValue<string>() == name);
    }

    private async Task<(JsonArray ContentTypes, JsonArray ContentParts)> ExportAsync()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        using var stream = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<IRecipeExporter>().ExportAsync(stream, CancellationToken.None);
        var step = JsonNode.Parse(stream.ToArray())!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!;
        return (step["ContentTypes"]!.AsArray(), step["ContentParts"]!.AsArray());
    }

    private async Task<List<ContentAuditEntry>> AuditAsync(string userId)
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorDbContext>().AuditEntries.Where(e => e.UserId == userId).ToListAsync();
    }
}
