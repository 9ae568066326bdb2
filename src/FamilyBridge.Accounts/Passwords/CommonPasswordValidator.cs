using System.Text;
using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Passwords;

/// <summary>
/// Refuses passwords that are easy to guess although long enough: the shipped common-password list (see this
/// folder's README.md for its source and licence) after undoing the usual disguises, and the person's own email
/// address or name. NIST SP 800-63B 5.1.1.2 asks for exactly this check instead of composition rules.
/// </summary>
public sealed class CommonPasswordValidator(IStringLocalizer<AccountsText> S) : IPasswordValidator<AccountUser>
{
    public const string CommonCode = "PasswordTooCommon";
    public const string PersonalCode = "PasswordContainsPersonalInfo";

    public const string CommonMessage =
        "That password is one many people use, so it is easy to guess. Try three or four words that mean something to you but not to others.";

    public const string PersonalMessage =
        "Please choose a password that does not contain your email address or your name: those are the first things someone would try.";

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AccountUser> manager, AccountUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = CommonCode, Description = S[CommonMessage] }));
        }

        return Task.FromResult(ContainsPersonal(password, user)
            ? IdentityResult.Failed(new IdentityError { Code = PersonalCode, Description = S[PersonalMessage] })
            : IdentityResult.Success);
    }

    /// <summary>True for a listed password, also with digits or symbols around it, look-alike letters, or typed twice.</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var compact = new string([.. lower.Where(c => !char.IsWhiteSpace(c))]);
        if (List.Value.Contains(lower) || List.Value.Contains(compact))
        {
            return true;
        }

        var core = Unleet(compact.Trim(Edges));
        if (core.Length == 0)
        {
            return false;
        }

        return List.Value.Contains(core) || List.Value.Contains(Unleet(compact)) || IsRepeatedListedWord(core);
    }

    private static bool ContainsPersonal(string password, AccountUser user)
    {
        var lower = password.ToLowerInvariant();
        var local = (user.Email ?? user.UserName ?? "").Split('@')[0].ToLowerInvariant();
        if (local.Length >= 3 && lower.Contains(local, StringComparison.Ordinal))
        {
            return true;
        }

        return (user.DisplayName ?? "").ToLowerInvariant()
            .Split([' ', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part.Length >= 3 && lower.Contains(part, StringComparison.Ordinal));
    }

    private static bool IsRepeatedListedWord(string core)
    {
        for (var length = 1; length <= core.Length / 2; length++)
        {
            if (core.Length % length != 0)
            {
                continue;
            }

            var unit = core[..length];
            if (List.Value.Contains(unit) && string.Concat(Enumerable.Repeat(unit, core.Length / length)) == core)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Edges = [.. "0123456789!@#$%^&*()_+-=[]{};:'\",.<>/?\\|`~"];

    private static string Unleet(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '@' or '4' => 'a',
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("FamilyBridge.Accounts.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the Accounts assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }

        return set;
    }
}
