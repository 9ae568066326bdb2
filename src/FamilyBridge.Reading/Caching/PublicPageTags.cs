using FamilyBridge.Core.Hosting;
using FamilyBridge.Reading.Shapes;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace FamilyBridge.Reading.Caching;

/// <summary>
/// Tags the page being built with the content it shows, so <see cref="PublicPageEvictionHandler"/> evicts exactly
/// the pages an editor's change touches. A no-op when the request is not being cached (signed in, POST …).
/// </summary>
public static class PublicPageTags
{
    public static void Add(HttpContext httpContext, string tag)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (PublicPagePolicy.IsStoredResponse(httpContext) && httpContext.Features.Get<IOutputCacheFeature>() is { } feature)
        {
            feature.Context.Tags.Add(tag);
        }
    }

    /// <summary>The item, its container, its children and its neighbours.</summary>
    public static void Add(HttpContext httpContext, ContentShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Add(httpContext, PublicPageCache.ItemTag(shape.Item.ContentItemId));
        if (ReadingOutline.ContainerOf(shape.Item) is { } containerId)
        {
            Add(httpContext, PublicPageCache.ItemTag(containerId));
        }

        foreach (var child in shape.Children)
        {
            Add(httpContext, PublicPageCache.ItemTag(child.ContentItemId));
        }

        if (shape.Navigation is { } navigation)
        {
            foreach (var link in new[] { navigation.Previous, navigation.Next })
            {
                if (link is null || link.OtherModule is not null)
                {
                    // At a module's edge the neighbour comes from another module: any module or lesson change
                    // (a module published between, a first lesson added) can change it.
                    Add(httpContext, PublicPageCache.TypeTag(ReadingOutline.ModuleType));
                    Add(httpContext, PublicPageCache.TypeTag(ReadingOutline.LessonType));
                }

                if (link is not null)
                {
                    Add(httpContext, PublicPageCache.ItemTag(link.Lesson.ContentItemId));
                }
            }
        }
    }
}
