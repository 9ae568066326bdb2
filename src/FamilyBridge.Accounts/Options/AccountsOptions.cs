namespace FamilyBridge.Accounts.Options;

/// <summary>
/// Settings under <c>Accounts</c>: per-IP limits on the forms attackers like most. One IP is often a whole
/// household, a shared library computer or a phone carrier's NAT, so these are set for people, not for one
/// person: the per-account lockout (five wrong passwords, 15 minutes) is what stops password guessing, and the
/// per-address limit on confirmation emails is what stops an inbox being flooded.
/// </summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>60 an IP per 15 minutes: a family or a library signing in, with typos, stays well under it.</summary>
    public RateLimitOptions SignIn { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(15) };

    /// <summary>30 an IP per hour: a family gathering or a support group signing everyone up at once.</summary>
    public RateLimitOptions Register { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromHours(1) };

    /// <summary>Forgot-password and reset-password together: 20 an IP per hour.</summary>
    public RateLimitOptions PasswordReset { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>"Resend the confirmation email": 20 an IP per hour.</summary>
    public RateLimitOptions ResendConfirmation { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) };

    /// <summary>Confirmation emails resent to any one address: 3 an hour, whoever asks.</summary>
    public RateLimitOptions ResendPerAddress { get; set; } = new() { PermitLimit = 3, Window = TimeSpan.FromHours(1) };
}
