using FamilyBridge.ContentManagement.Display;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Admin;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Editor.Services;
using FamilyBridge.Learning.Events;
using FamilyBridge.Reading.Caching;
using FamilyBridge.Reading.Cultures;
using FamilyBridge.Reading.Progress;
using FamilyBridge.Reading.Shapes;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Reading.Endpoints;

/// <summary>
/// The reader's path: home, resources, every published item at its <c>AutoroutePart.Path</c>, a lesson's
/// knowledge check, and an editor's preview. GETs read and never write, apart from the throttled
/// "continue where you left off" visit of a signed-in reader (<see cref="ReaderProgress"/>).
/// </summary>
public static class ReadingEndpoints
{
    /// <summary>The item routes are catch-alls ordered last, so any module's own route wins over them.</summary>
    private const int LastRouteOrder = int.MaxValue;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", HomeAsync).CacheOutput(PublicPageCache.PolicyName);
        endpoints.MapGet("/resources", ResourcesAsync).CacheOutput(PublicPageCache.PolicyName);
        endpoints.MapGet("/admin/preview/{id}", PreviewAsync).RequireAuthorization(AdminPolicies.Author);
        endpoints.MapGet("/{**path}", DisplayAsync).CacheOutput(PublicPageCache.PolicyName).WithOrder(LastRouteOrder);
        endpoints.MapPost("/{**path}", SubmitKnowledgeCheckAsync).WithOrder(LastRouteOrder);
    }

    private static async Task<IResult> HomeAsync(
        HttpContext http, ContentShapeBuilder shapes, ReaderProgress progress, IHomeRouteResolver homeRoute, CancellationToken cancellationToken)
    {
        // An imported Orchard HomeRoute item is the home page, unless the site keeps FamilyBridge's own.
        if (await homeRoute.GetHomeItemAsync(cancellationToken) is { } home)
        {
            var homeShape = await shapes.BuildDetailAsync(home, knowledgeCheck: null, cancellationToken);
            PublicPageTags.Add(http, homeShape);
            PublicPageTags.Add(http, PublicPageCache.SiteTag);
            return new ThemeView<ContentShape>("/Views/Content/Display.cshtml", homeShape);
        }

        var modules = await progress.AddModuleProgressAsync(http.User, await shapes.BuildModuleSummariesAsync(cancellationToken), cancellationToken);
        PublicPageTags.Add(http, PublicPageCache.TypeTag(ReadingOutline.ModuleType));
        foreach (var module in modules)
        {
            PublicPageTags.Add(http, module);
        }

        var next = await progress.GetContinueLessonAsync(http.User, cancellationToken);
        return new ThemeView<HomeViewModel>("/Views/Home/Index.cshtml", new HomeViewModel(modules, next));
    }

    private static async Task<IResult> ResourcesAsync(HttpContext http, IContentQuery query, ItemCulture cultures, CancellationToken cancellationToken)
    {
        var directory = await ResourceDirectoryBuilder.BuildAsync(query, cultures.IsInReaderCulture, cancellationToken);
        PublicPageTags.Add(http, PublicPageCache.TypeTag(ResourceDirectoryBuilder.ResourceType));
        foreach (var resource in directory.Groups.SelectMany(g => g.Resources))
        {
            PublicPageTags.Add(http, PublicPageCache.ItemTag(resource.ContentItemId));
        }

        return new ThemeView<ResourceDirectoryViewModel>("/Views/Resources/Index.cshtml", directory);
    }

    private static async Task<IResult> DisplayAsync(
        string? path, HttpContext http, ContentShapeBuilder shapes, ReaderProgress progress, ItemCulture cultures, CancellationToken cancellationToken)
    {
        var item = await shapes.FindPublishedAsync(cultures.ContentPath(http, path), cancellationToken);
        if (item is null)
        {
            return await ItemPages.RedirectToTranslationAsync(path, http, shapes, cultures, cancellationToken) ?? Results.NotFound();
        }

        var culture = await ItemPages.UseItemCultureAsync(http, item, shapes, cultures, cancellationToken);
        var shape = await shapes.BuildDetailAsync(item, knowledgeCheck: null, cancellationToken);
        PublicPageTags.Add(http, shape);
        shape = await progress.AddReaderStateAsync(http.User, shape, cancellationToken);
        return new CultureResult(culture, new ThemeView<ContentShape>("/Views/Content/Display.cshtml", shape));
    }

    /// <summary>
    /// The lesson's knowledge check, posted to the lesson's own path and scored here. For an anonymous reader it
    /// changes nothing on the server, so the form on the cached page needs no token. A signed-in reader's answers
    /// are saved only with a valid antiforgery token; without one they are scored and not saved.
    /// </summary>
    private static async Task<IResult> SubmitKnowledgeCheckAsync(
        string? path,
        HttpContext http,
        ContentShapeBuilder shapes,
        ReaderProgress progress,
        IAntiforgery antiforgery,
        IDomainEventPublisher events,
        ItemCulture cultures,
        CancellationToken cancellationToken)
    {
        var lesson = await shapes.FindPublishedAsync(cultures.ContentPath(http, path), cancellationToken);
        if (lesson is null || lesson.ContentType != ReadingOutline.LessonType || lesson.GetBagItems("Questions").Count == 0
            || !http.Request.HasFormContentType)
        {
            return Results.NotFound();
        }

        var culture = await ItemPages.UseItemCultureAsync(http, lesson, shapes, cultures, cancellationToken);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var result = KnowledgeCheckScorer.Score(lesson, name => form[name]);

        // Unanswered questions are asked for, not scored: nothing is kept until every question has an answer.
        if (result.IsComplete && ReaderProgress.UserIdOf(http.User) is { } userId && await antiforgery.IsRequestValidAsync(http))
        {
            var answers = result.Questions
                .Where(q => q.Chosen is not null)
                .ToDictionary(q => q.QuestionContentItemId, q => q.Chosen!.Value);
            await events.PublishAsync(
                new KnowledgeCheckSubmitted(userId, lesson.ContentItemId, answers, result.Correct, result.Total),
                cancellationToken);
        }

        var shape = await shapes.BuildDetailAsync(lesson, result, cancellationToken);
        shape = await progress.AddReaderStateAsync(http.User, shape, cancellationToken);
        return new CultureResult(culture, new ThemeView<ContentShape>("/Views/Content/Display.cshtml", shape));
    }

    /// <summary>
    /// Any version of an item drawn exactly as a reader's page would be, under a "not published" banner, for the
    /// people who may edit it. Never cached and never indexed: a draft is not for search engines or shared caches.
    /// </summary>
    private static async Task<IResult> PreviewAsync(
        string id, string? version, HttpContext http, IContentManager content, ContentShapeBuilder shapes, ItemCulture cultures, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var item = string.IsNullOrEmpty(version) ? latest : await content.GetVersionAsync(version, cancellationToken);
        if (latest is null || item is null || item.ContentItemId != id || !ContentAccess.CanOpen(http.User, latest.Owner))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var culture = cultures.ApplyTo(http, item);
        var which = item.Published ? "the published version" : item.Latest ? "the latest draft" : "an earlier version";
        var shape = await shapes.BuildDetailAsync(item, knowledgeCheck: null, cancellationToken);
        return new CultureResult(culture, new ThemeView<PreviewViewModel>("/Views/Preview/Show.cshtml", new PreviewViewModel(shape, which)));
    }
}
