namespace FamilyBridge.ContentManagement.Models;

/// <summary>One row of the admin content list, read from the index columns without parsing the document.</summary>
public sealed record ContentSummary(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    string? Path,
    string? Owner,
    string? Author,
    string? ListContentItemId,
    int? Order,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc,
    bool HasPublished,
    bool HasDraft,
    bool InTrash);
