using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Services;

/// <summary>First run: while no administrator exists, anyone who reaches the site may create the first one.</summary>
public sealed class SetupService(
    UserManager<AccountUser> users,
    RoleManager<AccountRole> roles,
    ISiteNameStore siteName,
    TimeProvider clock)
{
    // Two people racing through /setup must not both become the first administrator.
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<bool> IsRequiredAsync() => (await users.GetUsersInRoleAsync(SiteRoles.Administrator)).Count == 0;

    /// <summary>Creates the roles and the first administrator (email confirmed). Errors are for the person setting up.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(
        string siteTitle, string email, string displayName, string password, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!await IsRequiredAsync())
            {
                return ["Setup is already done: an administrator exists."];
            }

            foreach (var role in SiteRoles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    Check(await roles.CreateAsync(new AccountRole(role)));
                }
            }

            var user = new AccountUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return [.. created.Errors.Select(e => e.Description)];
            }

            Check(await users.AddToRoleAsync(user, SiteRoles.Administrator));
            await siteName.SetSiteNameAsync(siteTitle, cancellationToken);
            return [];
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
