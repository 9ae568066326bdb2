namespace FamilyBridge.Accounts.Options;

/// <summary>A fixed window: at most <see cref="PermitLimit"/> posts per client IP per <see cref="Window"/>.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
