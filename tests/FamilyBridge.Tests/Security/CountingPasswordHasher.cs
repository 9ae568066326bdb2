using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Tests.Security;

/// <summary>
/// The site's real password hasher, counting each hash and verification, so tests compare the work two paths
/// do (the thing an attacker times) without timing anything.
/// </summary>
public sealed class CountingPasswordHasher(PasswordHasher<AccountUser> inner, CountingPasswordHasher.Counter counter) : IPasswordHasher<AccountUser>
{
    public string HashPassword(AccountUser user, string password)
    {
        counter.Increment();
        return inner.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(AccountUser user, string hashedPassword, string providedPassword)
    {
        counter.Increment();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }

    /// <summary>Replaces the site's hasher with a counting one; the returned counter is shared by every request.</summary>
    public static Counter Install(IServiceCollection services)
    {
        var counter = new Counter();
        services.AddScoped<IPasswordHasher<AccountUser>>(sp =>
            new CountingPasswordHasher(new PasswordHasher<AccountUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), counter));
        return counter;
    }

    public sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Increment() => Interlocked.Increment(ref _count);
    }
}
