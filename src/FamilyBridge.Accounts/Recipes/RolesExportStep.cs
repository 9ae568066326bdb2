using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using FamilyBridge.ContentManagement.Recipes;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Recipes;

/// <summary>The site export's <c>Roles</c> step, as Orchard writes it: each role with its description and permissions.</summary>
public sealed class RolesExportStep(AccountsDbContext db) : IRecipeExportStep
{
    public async Task<JsonObject> ExportAsync(CancellationToken cancellationToken)
    {
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var claims = await db.RoleClaims.AsNoTracking()
            .Where(c => c.ClaimType == SiteRoles.PermissionClaimType)
            .ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["name"] = "Roles",
            ["Roles"] = new JsonArray([.. roles.Select(role => (JsonNode)new JsonObject
            {
                ["Name"] = role.Name,
                ["Description"] = role.Description ?? role.Name,
                ["Permissions"] = new JsonArray([.. claims.Where(c => c.RoleId == role.Id).Select(c => c.ClaimValue).Order(StringComparer.Ordinal).Select(v => (JsonNode?)v)]),
            })]),
        };
    }
}
