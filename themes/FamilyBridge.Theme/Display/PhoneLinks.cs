using System.Text.RegularExpressions;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// Turns the phone numbers editors type ("1-800-662-HELP (4357)", "988", "Text 988") into dialable
/// <c>tel:</c>/<c>sms:</c> targets, so a reader on a phone reaches help with one tap.
/// </summary>
public static partial class PhoneLinks
{
    /// <summary>The digits to dial, with vanity letters ignored when the number is spelled out in brackets.</summary>
    public static string? ToDialable(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        // "1-800-662-HELP (4357)": the bracketed digits replace the letters they spell.
        var spelled = SpelledOut().Match(phone);
        var text = spelled.Success ? phone[..spelled.Index] : phone;
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        if (spelled.Success)
        {
            digits += spelled.Groups[1].Value;
        }

        return digits.Length >= 3 ? digits : null;
    }

    public static string? ToTel(string? phone) => ToDialable(phone) is { } d ? $"tel:{d}" : null;

    /// <summary>An <c>sms:</c> target for lines such as "Text 988" or "Text your ZIP code to 435748".</summary>
    public static string? ToSms(string? textLine)
    {
        if (string.IsNullOrWhiteSpace(textLine))
        {
            return null;
        }

        var number = Number().Matches(textLine).LastOrDefault();
        return number is null ? null : $"sms:{new string([.. number.Value.Where(char.IsAsciiDigit)])}";
    }

    [GeneratedRegex(@"[A-Za-z]{2,}\s*\((\d+)\)")]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"\d[\d\-]{2,}")]
    private static partial Regex Number();
}
