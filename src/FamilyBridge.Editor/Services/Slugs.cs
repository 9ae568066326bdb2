using System.Globalization;
using System.Text;

namespace FamilyBridge.Editor.Services;

/// <summary>Web-address slugs from titles, the way Orchard's <c>slugify</c> filter makes them.</summary>
public static class Slugs
{
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 120 ? slug[..120].TrimEnd('-') : slug;
    }
}
