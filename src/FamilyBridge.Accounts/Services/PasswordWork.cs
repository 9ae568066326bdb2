using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// The password-hashing work an answer would cost for a real account, spent when there is none, so the time a
/// sign-in or registration takes says nothing about whether an address has an account.
/// </summary>
public sealed class PasswordWork(IPasswordHasher<AccountUser> hasher)
{
    private static readonly AccountUser Nobody = new() { Id = "nobody", UserName = "nobody", DisplayName = "nobody" };
    private static string? _nobodysHash;

    /// <summary>One verification, as checking a real account's password costs.</summary>
    public void VerifyForNobody(string password)
    {
        _nobodysHash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)));
        hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
    }

    /// <summary>One hash, as creating a real account costs.</summary>
    public void HashForNobody(string password) => hasher.HashPassword(Nobody, password);
}
