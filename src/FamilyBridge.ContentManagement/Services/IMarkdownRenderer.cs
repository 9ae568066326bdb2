namespace FamilyBridge.ContentManagement.Services;

/// <summary>Markdown → sanitised HTML with one shared Markdig pipeline; also sanitises editor HTML.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string? markdown);

    string SanitizeHtml(string? html);

    /// <summary>Rendered and stripped to plain text (search, previews, reading-level checks).</summary>
    string ToPlainText(string? markdown);
}
