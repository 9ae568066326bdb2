using System.Net;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Localization;

namespace FamilyBridge.Tests.Editor;

/// <summary>The Editor, Media and Backup pages under /es: Spanish headings, and none of their English sentences left.</summary>
public sealed class SpanishAdminPagesTests(EditorSiteFixture fixture) : IClassFixture<EditorSiteFixture>
{
    public static TheoryData<string, string, string> Pages { get; } = new()
    {
        { "/es/admin/content", "Contenido", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/content/new/Lesson", "Nuevo: lesson", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/types", "Tipos de contenido", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/recipes", "Recetas", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/templates", "Plantillas", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/audit", "Registro de cambios", "src/FamilyBridge.Editor/Resources/EditorText" },
        { "/es/admin/media", "Imágenes", "src/FamilyBridge.Media/Resources/MediaText" },
        { "/es/admin/backups", "Copias de seguridad", "src/FamilyBridge.Backup/Resources/BackupText" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_admin_page_under_es_has_its_spanish_heading_and_no_english_sentence_of_its_module(string path, string heading, string resources)
    {
        var (_, admin) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Administrator);
        using var _ = admin;

        var page = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(heading, page.Document.QuerySelector("main h1")?.TextContent.Trim());
        var english = InterfaceTextFiles.Read(RepositoryFiles.Get(resources + ".resx"));
        var spanish = InterfaceTextFiles.Read(RepositoryFiles.Get(resources + ".es.resx"));
        // Sentences only (two words or more, no placeholder): single words such as "Admin" also name things in data.
        var left = english.Keys
            .Where(k => k.Contains(' ', StringComparison.Ordinal) && !k.Contains('{', StringComparison.Ordinal) && spanish[k] != k)
            .Where(k => page.Text.Contains(k, StringComparison.Ordinal))
            .ToList();
        Assert.True(left.Count == 0, "English left on " + path + ": " + string.Join(" | ", left));
    }

    [Fact]
    public async Task A_lesson_saved_without_a_title_under_es_is_refused_in_spanish_and_keeps_what_was_typed()
    {
        var (_, editor) = await StaffAccounts.CreateAndSignInAsync(fixture.Site, SiteRoles.Editor);
        using var _ = editor;
        var form = await editor.GetAsync("/es/admin/content/new/Lesson");
        Assert.Equal("Título (obligatorio)", form.Document.QuerySelector("label[for=Title]")?.TextContent);

        var refused = await Web.HtmlPage.ParseAsync(await EditorForm.PostAsync(editor, form, "/es/admin/content/new/Lesson", "save",
            new Dictionary<string, string> { ["Title"] = "", ["Body"] = "Un texto que no quiero perder." }));

        Assert.Equal(HttpStatusCode.OK, refused.Response.StatusCode);
        Assert.Contains("Complete «Título».", refused.Texts(".error-summary li"));
        Assert.Equal("Un texto que no quiero perder.", refused.Document.QuerySelector("textarea[name=Body]")!.TextContent);
    }
}
