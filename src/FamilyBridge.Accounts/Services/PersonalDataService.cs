using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Events;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Events;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Services;

/// <summary>Your data: everything the site holds about one person, to download or to erase.</summary>
public sealed class PersonalDataService(
    UserManager<AccountUser> users,
    IEnumerable<IPersonalDataSource> sources,
    IDomainEventPublisher events)
{
    public async Task<JsonObject> ExportAsync(AccountUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var logins = await users.GetLoginsAsync(user);
        var export = new JsonObject
        {
            ["account"] = new JsonObject
            {
                ["id"] = user.Id,
                ["displayName"] = user.DisplayName,
                ["email"] = user.Email,
                ["emailConfirmed"] = user.EmailConfirmed,
                ["createdUtc"] = user.CreatedUtc,
                ["twoFactorEnabled"] = user.TwoFactorEnabled,
                ["roles"] = new JsonArray([.. (await users.GetRolesAsync(user)).Select(r => (JsonNode?)r)]),
                ["externalLogins"] = new JsonArray([.. logins.Select(l => (JsonNode?)l.LoginProvider)]),
            },
        };
        foreach (var source in sources)
        {
            export[source.Name] = await source.ExportAsync(user.Id, cancellationToken);
        }

        return export;
    }

    /// <summary>Lets every module erase its rows first, then removes the account itself.</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(AccountUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await events.PublishAsync(new AccountDeleting(user.Id), cancellationToken);
        var result = await users.DeleteAsync(user);
        return [.. result.Errors.Select(e => e.Description)];
    }
}
