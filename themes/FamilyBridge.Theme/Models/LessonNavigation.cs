using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Theme.Models;

/// <summary>Where a reader goes from a lesson. A neighbour in another module names that module.</summary>
public sealed record LessonNavigation(LessonLink? Previous, LessonLink? Next);

/// <summary>A neighbouring lesson; <paramref name="OtherModule"/> is set when it lies in a different module.</summary>
public sealed record LessonLink(ContentItem Lesson, ContentItem? OtherModule);
