using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Editor.Models;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// Two versions as readable text (one "Label: value" per field, the body line by line) and the lines that differ,
/// with a little unchanged context around each change.
/// </summary>
public static class VersionDiff
{
    public const int Context = 2;

    public static string AsText(ContentForm form, ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(form);
        ContentFormValues.Fill(form, item);
        var lines = new List<string>();
        foreach (var field in form.Fields)
        {
            var value = field.Kind switch
            {
                FormFieldKind.Boolean => field.Value == "true" ? "yes" : "no",
                FormFieldKind.Container or FormFieldKind.Select or FormFieldKind.Picker =>
                    field.Options.FirstOrDefault(o => o.Value == field.Value)?.Text ?? field.Value,
                FormFieldKind.Link => field.LinkText.Length > 0 ? $"{field.Value} ({field.LinkText})" : field.Value,
                _ => field.Value,
            };
            if (field.Kind is FormFieldKind.Markdown or FormFieldKind.TextArea)
            {
                lines.Add($"{field.Label}:");
                lines.AddRange(value.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => "  " + l));
            }
            else
            {
                lines.Add($"{field.Label}: {value}");
            }
        }

        foreach (var bag in form.Bags)
        {
            for (var i = 0; i < bag.Items.Count; i++)
            {
                foreach (var field in bag.Items[i].Fields)
                {
                    lines.Add($"{bag.ItemLabel} {i + 1}, {field.Label}: {field.Value.Replace("\n", " / ", StringComparison.Ordinal)}");
                }
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>
    /// The lines that differ with <see cref="Context"/> unchanged lines around them (null entries mark skipped
    /// runs). A removed line followed by an added one that shares words with it is one changed line, with the
    /// words that went and came marked inside it.
    /// </summary>
    public static IReadOnlyList<DiffLine?> Compare(string oldText, string newText)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(oldText, newText, ignoreWhitespace: false);
        var lines = Pair(model.Lines);
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Same)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = new List<DiffLine?>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (keep[i])
            {
                result.Add(lines[i]);
            }
            else if (result.Count == 0 || result[^1] is not null)
            {
                result.Add(null);
            }
        }

        return result;
    }

    /// <summary>The words of <paramref name="oldLine"/> and <paramref name="newLine"/> in reading order, each marked.</summary>
    public static IReadOnlyList<DiffWord> CompareWords(string oldLine, string newLine)
    {
        var diff = new Differ().CreateDiffs(oldLine, newLine, false, false, WordChunker.Instance);
        var words = new List<DiffWord>();
        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(words, DiffWordKind.Same, diff.PiecesOld, a, block.DeleteStartA - a);
            Add(words, DiffWordKind.Removed, diff.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(words, DiffWordKind.Added, diff.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(words, DiffWordKind.Same, diff.PiecesOld, a, diff.PiecesOld.Count - a);
        return words;
    }

    private static List<DiffLine> Pair(List<DiffPiece> pieces)
    {
        var lines = new List<DiffLine>();
        for (var i = 0; i < pieces.Count;)
        {
            if (pieces[i].Type is not (ChangeType.Deleted or ChangeType.Inserted or ChangeType.Modified))
            {
                lines.Add(DiffLine.Whole(DiffLineKind.Same, pieces[i].Text));
                i++;
                continue;
            }

            var removed = new List<string>();
            var added = new List<string>();
            for (; i < pieces.Count && pieces[i].Type is ChangeType.Deleted; i++)
            {
                removed.Add(pieces[i].Text);
            }

            for (; i < pieces.Count && pieces[i].Type is ChangeType.Inserted or ChangeType.Modified; i++)
            {
                added.Add(pieces[i].Text);
            }

            var paired = Math.Min(removed.Count, added.Count);
            for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                var words = k < paired ? CompareWords(removed[k], added[k]) : [];
                if (words.Any(w => w.Kind == DiffWordKind.Same && w.Text.Any(char.IsLetterOrDigit)))
                {
                    lines.Add(new DiffLine(DiffLineKind.Changed, added[k], words));
                    continue;
                }

                if (k < removed.Count)
                {
                    lines.Add(DiffLine.Whole(DiffLineKind.Removed, removed[k]));
                }

                if (k < added.Count)
                {
                    lines.Add(DiffLine.Whole(DiffLineKind.Added, added[k]));
                }
            }
        }

        return lines;
    }

    private static void Add(List<DiffWord> words, DiffWordKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (words.Count > 0 && words[^1].Kind == kind)
        {
            words[^1] = words[^1] with { Text = words[^1].Text + text };
        }
        else
        {
            words.Add(new DiffWord(kind, text));
        }
    }
}
