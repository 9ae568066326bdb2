using System.Security.Claims;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Recipes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Recipes;

/// <summary>
/// Orchard's <c>Roles</c> step: <c>{ "name": "Roles", "Roles": [ { "Name", "Description", "Permissions": [] } ] }</c>.
/// Missing roles are created; an existing role gains permissions it lacks and never loses any, so a re-import
/// does not undo what an administrator granted.
/// </summary>
public sealed class RolesStep(AccountsDbContext db, RoleManager<AccountRole> roles) : IRecipeStepHandler
{
    public string StepName => "Roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The import is one transaction across modules: write through it, not beside it.
        db.Database.SetDbConnection(context.Connection);
        await db.Database.UseTransactionAsync(context.Transaction, cancellationToken);

        var entries = Get(context.Step, "Roles") as JsonArray ?? [];
        int created = 0, updated = 0;
        foreach (var entry in entries.OfType<JsonObject>())
        {
            var name = Get(entry, "Name")?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new InvalidOperationException($"Step {context.StepIndex} (Roles): a role has no Name.");
            }

            var permissions = (Get(entry, "Permissions") as JsonArray ?? [])
                .Select(p => p?.GetValue<string>())
                .OfType<string>()
                .ToList();
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new AccountRole(name) { Description = Get(entry, "Description")?.GetValue<string>() };
                Check(await roles.CreateAsync(role), context);
                created++;
            }
            else
            {
                updated++;
            }

            var existing = (await roles.GetClaimsAsync(role))
                .Where(c => c.Type == SiteRoles.PermissionClaimType)
                .Select(c => c.Value)
                .ToHashSet(StringComparer.Ordinal);
            foreach (var permission in permissions.Where(p => !existing.Contains(p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(SiteRoles.PermissionClaimType, permission)), context);
            }
        }

        context.Messages.Add($"{created} roles created, {updated} already present");
    }

    private static JsonNode? Get(JsonObject json, string key) =>
        json.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static void Check(IdentityResult result, RecipeStepContext context)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Step {context.StepIndex} (Roles): {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
