namespace FamilyBridge.Tests.Accounts;

public static class AccountTestData
{
    public const string Password = "a long kind passphrase";

    /// <summary>Rate limits high enough that a test class's many sign-ins from one address are never refused.</summary>
    public static readonly IReadOnlyDictionary<string, string?> GenerousLimits = new Dictionary<string, string?>
    {
        ["Accounts:SignIn:PermitLimit"] = "10000",
        ["Accounts:Register:PermitLimit"] = "10000",
        ["Accounts:PasswordReset:PermitLimit"] = "10000",
    };

    public static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.org";
}
