using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Events;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Notifications.Services;
using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Services;

/// <summary>Your data: everything the site holds about one person, to download or to erase.</summary>
public sealed class PersonalDataService(
    UserManager<AccountUser> users,
    IEnumerable<IPersonalDataContributor> contributors,
    IDomainEventPublisher events,
    MailQueue mailQueue)
{
    /// <summary>What the download's "readme" says before the sections.</summary>
    public static readonly string[] ReadmeIntro =
    [
        "This file holds everything this site keeps about you, one section per part of the site.",
        "Times are UTC. Ids are the site's own; they mean nothing elsewhere.",
        "Circle sections include what others shared with you only where it is about you (their replies to your updates are theirs and are not included).",
    ];

    public async Task<JsonObject> ExportAsync(AccountUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var logins = await users.GetLoginsAsync(user);
        var readme = new JsonArray([.. ReadmeIntro.Select(l => (JsonNode?)l)]);
        readme.Add("account: your name, email address, when you joined, your roles and whether two-step sign-in is on.");
        var export = new JsonObject
        {
            ["readme"] = readme,
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
        var person = new PersonalDataSubject(user.Id, user.Email);
        foreach (var contributor in contributors)
        {
            export[contributor.Name] = await contributor.ExportAsync(person, cancellationToken);
            readme.Add($"{contributor.Name}: {contributor.Description}");
        }

        return export;
    }

    /// <summary>Lets every module erase its rows first, then removes the account itself.</summary>
    public async Task<IReadOnlyList<string>> DeleteAsync(AccountUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await events.PublishAsync(new AccountDeleting(user.Id), cancellationToken);
        var result = await users.DeleteAsync(user);
        if (result.Succeeded && user.Email is { } email)
        {
            // The mail queue is history, but not a place a deleted person's address may stay.
            await mailQueue.ForgetRecipientAsync(email, cancellationToken: cancellationToken);
        }

        return [.. result.Errors.Select(e => e.Description)];
    }
}
