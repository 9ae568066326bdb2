using System.Security.Cryptography;
using FamilyBridge.Core.Hosting;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// The one-time token that opens <c>/setup</c> on a new site. Without it the page is a 404, so the first stranger to
/// reach a fresh public install cannot make themselves its administrator. At the first start it is printed to the
/// console (not the log, which may be shipped elsewhere) and written to <c>App_Data/setup-token.txt</c>, where only
/// someone with the server in hand can read it; setup deletes it. The <c>setup</c> command needs no token: running
/// it already proves that.
/// </summary>
public sealed class SetupToken(AppDataPaths paths)
{
    public const string FileName = "setup-token.txt";

    public string FilePath => Path.Combine(paths.Root, FileName);

    /// <summary>The token, made (and written) if there is none yet.</summary>
    public string GetOrCreate()
    {
        if (Read() is { } existing)
        {
            return existing;
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        File.WriteAllText(FilePath, token + Environment.NewLine);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return token;
    }

    /// <summary>True only for the token on disk, compared in constant time.</summary>
    public bool Matches(string? candidate)
    {
        var token = Read();
        return token is not null && !string.IsNullOrEmpty(candidate)
            && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(candidate.Trim()));
    }

    public void Delete() => File.Delete(FilePath);

    private string? Read() => File.Exists(FilePath) ? File.ReadAllText(FilePath).Trim() is { Length: > 0 } t ? t : null : null;
}
