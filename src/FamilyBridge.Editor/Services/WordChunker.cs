using DiffPlex;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Splits a line into words, runs of spaces and single punctuation marks, so a diff marks "ten" → "twenty"
/// rather than the whole sentence, and a moved comma is one small mark.
/// </summary>
public sealed class WordChunker : IChunker
{
    public static readonly WordChunker Instance = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || KindOf(text[i]) != KindOf(text[start]) || KindOf(text[i]) == CharKind.Mark)
            {
                pieces.Add(text[start..i]);
                start = i;
            }
        }

        return [.. pieces];
    }

    private static CharKind KindOf(char c) =>
        char.IsLetterOrDigit(c) || c is '\'' or '’' or '-' ? CharKind.Word : char.IsWhiteSpace(c) ? CharKind.Space : CharKind.Mark;

    private enum CharKind
    {
        Word,
        Space,
        Mark,
    }
}
