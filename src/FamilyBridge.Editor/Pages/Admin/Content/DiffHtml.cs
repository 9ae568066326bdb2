using FamilyBridge.Editor.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Pages.Admin.Content;

/// <summary>
/// The diff as one run of HTML with no whitespace between its elements: the list is <c>pre-wrap</c>, so any
/// newline or indent a template put between rows or words would show as a gap. Text is always HTML-encoded;
/// removed and added words carry words of their own ("[removed: …]") for screen readers, which do not announce
/// <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c>, and are struck through or underlined, not told apart by colour alone.
/// </summary>
public static class DiffHtml
{
    /// <summary>The list, its labels in the reader's language when <paramref name="text"/> is given (English otherwise).</summary>
    public static IHtmlContent List(IReadOnlyList<DiffLine?> lines, IStringLocalizer? text = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var html = new HtmlContentBuilder();
        html.AppendHtml("<ol class=\"editor-diff\">");
        foreach (var line in lines)
        {
            switch (line?.Kind)
            {
                case null:
                    html.AppendHtml("<li class=\"diff-skip\"><span aria-hidden=\"true\">…</span><span class=\"visually-hidden\">").Append(Say(text, "Unchanged lines left out")).AppendHtml("</span></li>");
                    break;
                case DiffLineKind.Removed:
                    html.AppendHtml("<li class=\"diff-del\"><del><span class=\"diff-label\">").Append(Say(text, "Removed:")).AppendHtml("</span> ").Append(line.Text).AppendHtml("</del></li>");
                    break;
                case DiffLineKind.Added:
                    html.AppendHtml("<li class=\"diff-ins\"><ins><span class=\"diff-label\">").Append(Say(text, "Added:")).AppendHtml("</span> ").Append(line.Text).AppendHtml("</ins></li>");
                    break;
                case DiffLineKind.Changed:
                    html.AppendHtml("<li class=\"diff-changed\"><span class=\"diff-label\">").Append(Say(text, "Changed:")).AppendHtml("</span> ");
                    foreach (var word in line.Words)
                    {
                        Word(html, word, text);
                    }

                    html.AppendHtml("</li>");
                    break;
                default:
                    html.AppendHtml("<li class=\"diff-same\">").Append(line.Text).AppendHtml("</li>");
                    break;
            }
        }

        return html.AppendHtml("</ol>");
    }

    // The keys are EditorText's; without a localizer (a unit test) the English key is the text.
    private static string Say(IStringLocalizer? text, string key) => text?[key].Value ?? key;

    private static void Word(HtmlContentBuilder html, DiffWord word, IStringLocalizer? text)
    {
        switch (word.Kind)
        {
            case DiffWordKind.Removed:
                html.AppendHtml("<del><span class=\"visually-hidden\">").Append(Say(text, "[removed: ")).AppendHtml("</span>").Append(word.Text).AppendHtml("<span class=\"visually-hidden\">]</span></del>");
                break;
            case DiffWordKind.Added:
                html.AppendHtml("<ins><span class=\"visually-hidden\">").Append(Say(text, "[added: ")).AppendHtml("</span>").Append(word.Text).AppendHtml("<span class=\"visually-hidden\">]</span></ins>");
                break;
            default:
                html.Append(word.Text);
                break;
        }
    }
}
