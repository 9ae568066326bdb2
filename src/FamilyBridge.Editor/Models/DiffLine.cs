namespace FamilyBridge.Editor.Models;

/// <summary>
/// One row of a version diff: a line kept for context, added, removed, or changed (then <see cref="Words"/> says
/// which words went and which came).
/// </summary>
public sealed record DiffLine(DiffLineKind Kind, string Text, IReadOnlyList<DiffWord> Words)
{
    public static DiffLine Whole(DiffLineKind kind, string text) => new(kind, text, []);
}
