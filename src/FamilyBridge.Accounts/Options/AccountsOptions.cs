namespace FamilyBridge.Accounts.Options;

/// <summary>Settings under <c>Accounts</c>: per-IP limits on the forms attackers like most.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    public RateLimitOptions SignIn { get; set; } = new() { PermitLimit = 10 };

    public RateLimitOptions Register { get; set; } = new() { PermitLimit = 5 };

    /// <summary>Forgot-password and reset-password together.</summary>
    public RateLimitOptions PasswordReset { get; set; } = new() { PermitLimit = 5 };
}
