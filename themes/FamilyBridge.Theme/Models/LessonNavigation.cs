namespace FamilyBridge.Theme.Models;

/// <summary>Where a reader goes from a lesson. A neighbour in another module names that module.</summary>
public sealed record LessonNavigation(LessonLink? Previous, LessonLink? Next);
