using System.Threading.RateLimiting;
using FamilyBridge.Accounts.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// ASP.NET Core's fixed-window limiter, partitioned by form and client IP (or, for resent confirmation emails,
/// by address too). Pages ask it directly rather than through the rate-limiting middleware so the module works
/// whatever the host's middleware order is, only POSTs count (reading the form is free), and a refused form can
/// be shown again with what was typed and how long to wait.
/// </summary>
public sealed class AccountRateLimiter : IDisposable
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string PasswordReset = "password-reset";
    public const string ResendConfirmation = "resend-confirmation";
    public const string ResendPerAddress = "resend-per-address";

    private readonly PartitionedRateLimiter<(string Form, string Key)> _limiter;

    public AccountRateLimiter(IOptions<AccountsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<(string Form, string Key), (string, string)>(key =>
        {
            var limit = key.Form switch
            {
                SignIn => settings.SignIn,
                Register => settings.Register,
                ResendConfirmation => settings.ResendConfirmation,
                ResendPerAddress => settings.ResendPerAddress,
                _ => settings.PasswordReset,
            };
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
            });
        });
    }

    /// <summary>True when this client may post the form now.</summary>
    public bool TryAcquire(string form, HttpContext context) => TryAcquire(form, context, out _);

    /// <summary>True when this client may post the form now; otherwise how long until it may.</summary>
    public bool TryAcquire(string form, HttpContext context, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TryAcquireKey(form, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", out retryAfter);
    }

    /// <summary>The same, for a limit keyed by something other than the client (an email address).</summary>
    public bool TryAcquireKey(string form, string key, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire((form, key));
        retryAfter = !lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
