using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Theme.Models;

/// <summary>
/// The home page: every published module, in <c>Module.Order</c>, each with its lessons, and for a signed-in
/// reader who has started, the lesson to continue with (null for everyone else).
/// </summary>
public sealed record HomeViewModel(IReadOnlyList<ContentShape> Modules, ContentItem? ContinueLesson = null);
