namespace FamilyBridge.Search.Models;

/// <summary>The content types that are public and searchable; nothing else is ever indexed.</summary>
public static class ContentTypes
{
    public const string Lesson = "Lesson";
    public const string Module = "Module";
    public const string Resource = "Resource";
    public const string Page = "Page";

    public static IReadOnlyList<string> Searchable { get; } = [Lesson, Module, Resource, Page];

    public static bool IsSearchable(string? contentType) => contentType is Lesson or Module or Resource or Page;
}
