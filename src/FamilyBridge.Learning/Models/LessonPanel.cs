using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Learning.Models;

/// <summary>What the lesson panel shows: the lesson, and what the reader saved when signed in (else null).</summary>
public sealed record LessonPanel(ContentItem Lesson, LessonState? State, string ReturnUrl);
