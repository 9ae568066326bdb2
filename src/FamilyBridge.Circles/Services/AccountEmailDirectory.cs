using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Circles.Services;

/// <summary>Reads a confirmed account's email address through Identity, never through the Accounts tables.</summary>
public sealed class AccountEmailDirectory(UserManager<AccountUser> users) : IAccountEmails
{
    public async Task<string?> FindEmailAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        return user is { EmailConfirmed: true } ? user.Email : null;
    }
}
