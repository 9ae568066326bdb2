using System.Threading.RateLimiting;
using FamilyBridge.Accounts.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// ASP.NET Core's fixed-window limiter, partitioned by form and client IP. Pages ask it directly rather than
/// through the rate-limiting middleware so the module works whatever the host's middleware order is, and only
/// POSTs count (reading the form is free).
/// </summary>
public sealed class AccountRateLimiter : IDisposable
{
    public const string SignIn = "sign-in";
    public const string Register = "register";
    public const string PasswordReset = "password-reset";

    private readonly PartitionedRateLimiter<(string Form, string Ip)> _limiter;

    public AccountRateLimiter(IOptions<AccountsOptions> options)
    {
        var settings = options.Value;
        _limiter = PartitionedRateLimiter.Create<(string Form, string Ip), (string, string)>(key =>
        {
            var limit = key.Form switch
            {
                SignIn => settings.SignIn,
                Register => settings.Register,
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
    public bool TryAcquire(string form, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire((form, ip));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
