using System.Text.Encodings.Web;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Pages.Admin.Content;
using FamilyBridge.Editor.Services;

namespace FamilyBridge.Tests.Editor;

public sealed class VersionDiffTests
{
    [Fact]
    public void A_changed_word_is_marked_inside_its_line_and_the_rest_of_the_line_stays_plain()
    {
        var lines = VersionDiff.Compare("Title: Rest\n  Take ten quiet minutes today.", "Title: Rest\n  Take twenty quiet minutes today.");

        var changed = Assert.Single(lines, l => l is { Kind: DiffLineKind.Changed });
        Assert.Equal(
            [new(DiffWordKind.Same, "  Take "), new(DiffWordKind.Removed, "ten"), new(DiffWordKind.Added, "twenty"), new(DiffWordKind.Same, " quiet minutes today.")],
            changed!.Words);
        Assert.DoesNotContain(lines, l => l is { Kind: DiffLineKind.Removed or DiffLineKind.Added });
    }

    [Fact]
    public void A_line_with_no_word_in_common_shows_as_removed_and_added_whole()
    {
        var lines = VersionDiff.Compare("  Naloxone basics", "  Calling for help");

        Assert.Equal(
            [(DiffLineKind.Removed, "  Naloxone basics"), (DiffLineKind.Added, "  Calling for help")],
            lines.Select(l => (l!.Kind, l.Text)));
    }

    [Fact]
    public void Words_put_back_together_give_the_new_line_and_the_old_line()
    {
        const string before = "Call 988, or text it; (help is free).";
        const string after = "Call or text 988 — help is free, day and night.";

        var words = VersionDiff.CompareWords(before, after);

        Assert.Equal(before, string.Concat(words.Where(w => w.Kind != DiffWordKind.Added).Select(w => w.Text)));
        Assert.Equal(after, string.Concat(words.Where(w => w.Kind != DiffWordKind.Removed).Select(w => w.Text)));
    }

    [Fact]
    public void Unchanged_lines_far_from_a_change_are_left_out_as_one_gap()
    {
        var before = string.Join('\n', Enumerable.Range(1, 20).Select(i => $"line {i}"));
        var after = before.Replace("line 10", "line ten", StringComparison.Ordinal);

        var lines = VersionDiff.Compare(before, after);

        Assert.Equal(2, lines.Count(l => l is null));
        Assert.Equal(1 + (2 * VersionDiff.Context) + 2, lines.Count);
    }

    [Fact]
    public void The_rendered_diff_encodes_what_editors_typed_labels_each_mark_and_puts_no_whitespace_between_rows()
    {
        var lines = VersionDiff.Compare("  Say <b>hello</b>.\n  Same line.", "  Say <script>alert(1)</script> hello.\n  Same line.");
        using var writer = new StringWriter();

        DiffHtml.List(lines).WriteTo(writer, HtmlEncoder.Default);
        var html = writer.ToString();

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">[added: </span>", html, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">[removed: </span>", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"diff-same\">  Same line.</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</li>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("> <li", html, StringComparison.Ordinal);
    }
}
