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

    /// <summary>The changed lines with <see cref="Context"/> unchanged lines around them; null entries mark skipped runs.</summary>
    public static IReadOnlyList<DiffPiece?> Compare(string oldText, string newText)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(oldText, newText, ignoreWhitespace: false);
        var lines = model.Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Inserted or ChangeType.Deleted or ChangeType.Modified)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(lines.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var result = new List<DiffPiece?>();
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
}
