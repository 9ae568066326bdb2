using System.Globalization;
using FamilyBridge.Editor.Models;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Editor.Services;

/// <summary>What is wrong with a filled-in content form, in words the editor can act on.</summary>
public static class ContentFormValidator
{
    /// <summary>Every problem with what was typed, keyed by the input's name, in the order the form shows them.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Validate(ContentForm form, IStringLocalizer S)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(S);
        var errors = new List<KeyValuePair<string, string>>();
        foreach (var field in form.Fields)
        {
            Check(field, null, errors, S);
        }

        foreach (var bag in form.Bags)
        {
            for (var i = 0; i < bag.Items.Count; i++)
            {
                foreach (var field in bag.Items[i].Fields)
                {
                    Check(field, $"{bag.ItemLabel} {i + 1}", errors, S);
                }
            }
        }

        return errors;
    }

    private static void Check(FormField field, string? itemLabel, List<KeyValuePair<string, string>> errors, IStringLocalizer S)
    {
        string label = itemLabel is null ? S["“{0}”", field.Label] : S["“{0}” in {1}", field.Label, itemLabel.ToLowerInvariant()];
        var value = field.Value.Trim();
        if (field.Required && value.Length == 0)
        {
            errors.Add(new(field.Name, field.Kind == FormFieldKind.Container ? S["Choose where this belongs: {0}.", label] : S["Fill in {0}.", label]));
            return;
        }

        if (field.Kind == FormFieldKind.Path && value.Length > 0 && !IsValidPath(value))
        {
            errors.Add(new(field.Name, S["Use only lower-case letters, numbers, hyphens and slashes in the web address."]));
        }

        if (field.Kind == FormFieldKind.Container && value.Length > 0 && field.Options.All(o => o.Value != value))
        {
            errors.Add(new(field.Name, S["Choose one of the listed options for {0}.", label]));
        }

        if (field.Kind == FormFieldKind.Link && value.Length > 0
            && !(Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == "tel" || uri.Scheme == "mailto"))
            && !value.StartsWith('/'))
        {
            errors.Add(new(field.Name, S["{0} must be a web address starting with https://, or a site address starting with /.", label]));
        }

        if (field.Kind == FormFieldKind.Number && value.Length > 0)
        {
            if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            {
                errors.Add(new(field.Name, S["{0} must be a number, like 5.", label]));
            }
            else if (field.Scale == 0 && number != decimal.Truncate(number))
            {
                errors.Add(new(field.Name, S["{0} must be a whole number.", label]));
            }
            else if (number < field.Minimum || number > field.Maximum)
            {
                errors.Add(new(field.Name, field.Maximum is null
                    ? S["{0} must be {1} or more.", label, field.Minimum ?? 0]
                    : S["{0} must be between {1} and {2}.", label, field.Minimum ?? 0, field.Maximum ?? 0]));
            }
        }
    }

    internal static bool IsValidPath(string path) =>
        path.Trim('/').Length > 0 && path.Trim('/').All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '/')
            && !path.Contains("//", StringComparison.Ordinal);
}
