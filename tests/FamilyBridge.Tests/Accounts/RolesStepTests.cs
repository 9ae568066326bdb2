using FamilyBridge.Accounts.Models;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Accounts;

public sealed class RolesStepTests
{
    private const string Recipe = """
        {
          "name": "roles-test",
          "displayName": "Roles test",
          "steps": [
            // Orchard's shape; keys are case-insensitive.
            { "name": "roles", "Roles": [
              { "Name": "Editor", "Description": "Edits all content", "Permissions": [ "PublishContent", "EditContent" ] },
              { "Name": "Moderator", "Description": "Reviews reports", "Permissions": [ "ReviewReports" ] },
            ] }
          ]
        }
        """;

    [Fact]
    public async Task Roles_step_creates_missing_roles_with_permissions_and_a_second_import_changes_nothing()
    {
        await using var site = await SiteFactory.StartAsync();
        using var folder = new TempFolder();
        var file = folder.Combine("roles.recipe.json");
        await File.WriteAllTextAsync(file, Recipe);

        await site.ImportRecipeAsync(file);
        await site.ImportRecipeAsync(file);

        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AccountRole>>();
        var moderator = await roles.FindByNameAsync("Moderator");
        Assert.NotNull(moderator);
        Assert.Equal("Reviews reports", moderator.Description);
        var editor = await roles.FindByNameAsync("Editor");
        Assert.NotNull(editor);
        var permissions = (await roles.GetClaimsAsync(editor)).Where(c => c.Type == SiteRoles.PermissionClaimType).Select(c => c.Value).Order().ToList();
        Assert.Equal(["EditContent", "PublishContent"], permissions);
        Assert.Single(roles.Roles.Where(r => r.Name == "Editor"));
    }
}
