using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Theme.Models;

/// <summary>A neighbouring lesson; <paramref name="OtherModule"/> is set when it lies in a different module.</summary>
public sealed record LessonLink(ContentItem Lesson, ContentItem? OtherModule);
