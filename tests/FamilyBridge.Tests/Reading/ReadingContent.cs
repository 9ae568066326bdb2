using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Reading;

/// <summary>A module of its own per test, made and changed through the content manager the editor uses.</summary>
public static class ReadingContent
{
    public static async Task<(ContentItem Module, IReadOnlyList<ContentItem> Lessons)> CreateModuleAsync(SiteFactory site, params string[] lessonTitles)
    {
        var slug = "cache-test-" + Guid.NewGuid().ToString("N")[..8];
        return await RunAsync(site, async content =>
        {
            var module = await content.NewAsync("Module");
            module.DisplayText = $"Module {slug}";
            module.GetOrCreatePart("TitlePart")["Title"] = module.DisplayText;
            module.GetOrCreatePart("AutoroutePart")["Path"] = slug;
            await content.CreateAsync(module, publish: true);
            var lessons = new List<ContentItem>();
            for (var i = 0; i < lessonTitles.Length; i++)
            {
                var lesson = await content.NewAsync("Lesson");
                lesson.DisplayText = lessonTitles[i];
                lesson.GetOrCreatePart("TitlePart")["Title"] = lessonTitles[i];
                lesson.GetOrCreatePart("AutoroutePart")["Path"] = $"{slug}/lesson-{i + 1}";
                lesson.GetOrCreatePart("MarkdownBodyPart")["Markdown"] = $"The body of lesson {i + 1}.";
                var contained = lesson.GetOrCreatePart("ContainedPart");
                contained["ListContentItemId"] = module.ContentItemId;
                contained["Order"] = i;
                await content.CreateAsync(lesson, publish: true);
                lessons.Add(lesson);
            }

            return (module, (IReadOnlyList<ContentItem>)lessons);
        });
    }

    /// <summary>Saves a new title as a draft and publishes it, as the editor's "Publish" does.</summary>
    public static Task RetitleAsync(SiteFactory site, ContentItem item, string title) =>
        RunAsync(site, async content =>
        {
            var latest = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            latest.DisplayText = title;
            latest.GetOrCreatePart("TitlePart")["Title"] = title;
            await content.SaveDraftAsync(latest);
            await content.PublishAsync(item.ContentItemId);
            return true;
        });

    public static async Task<T> RunAsync<T>(SiteFactory site, Func<IContentManager, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }
}
