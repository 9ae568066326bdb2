using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Core.Events;
using FamilyBridge.Learning.Data;
using FamilyBridge.Learning.Events;
using FamilyBridge.Tests.Accounts;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Learning;

public sealed class YourDataTests
{
    [Theory]
    [InlineData(SiteDatabase.Sqlite)]
    [InlineData(SiteDatabase.Postgres)]
    public async Task The_download_holds_what_was_saved_and_a_deleted_account_leaves_no_rows(SiteDatabase database)
    {
        await using var site = await SiteFactory.StartAsync(database, AccountTestData.GenerousLimits);
        var lesson = await Curriculum.LessonWithChecklistAndPromptAsync(site);
        var path = $"/{lesson.Path}";
        var item = lesson.GetBagItems("Checklist")[0].ContentItemId;
        using var reader = new Reader(site);
        var email = await reader.RegisterAndSignInAsync("Casey");
        await reader.SubmitAsync(path, new Dictionary<string, string>(), "form[action$='/complete']");
        await reader.SubmitAsync(path, new Dictionary<string, string> { ["note"] = "A private thought.", ["intent"] = "save" }, "form[action$='/note']");
        await reader.SubmitAsync(path, new Dictionary<string, string> { ["items"] = item }, "form[action$='/checklist']");
        var userId = await UserIdAsync(site, email);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDomainEventPublisher>()
                .PublishAsync(new KnowledgeCheckSubmitted(userId, lesson.ContentItemId, new Dictionary<string, int> { ["q1"] = 3 }, 1, 1));
        }

        var download = await reader.Client.GetAsync(new Uri("/account/manage/data?handler=Download", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        var export = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        Assert.Equal(email, export["account"]!["email"]!.GetValue<string>());
        Assert.Equal("Casey", export["account"]!["displayName"]!.GetValue<string>());
        var learning = export["learning"]!;
        Assert.Contains(learning["lessons"]!.AsArray(), l => l!["lessonId"]!.GetValue<string>() == lesson.ContentItemId && l["completedUtc"] is not null);
        Assert.Equal("A private thought.", learning["reflectionNotes"]![0]!["text"]!.GetValue<string>());
        Assert.Equal(item, learning["checklist"]![0]!["itemId"]!.GetValue<string>());
        Assert.Equal(3, learning["knowledgeChecks"]![0]!["answers"]!["q1"]!.GetValue<int>());

        var wrong = await reader.FollowAsync(await reader.SubmitAsync("/account/manage/data", new Dictionary<string, string> { ["Input.ConfirmEmail"] = "someone@example.org" }));
        Assert.Contains("That is not the email address of this account.", wrong.Text, StringComparison.Ordinal);
        Assert.True(await CountRowsAsync(site, userId) >= 5, "Before deletion the account and its learning rows exist.");

        var deleted = await reader.FollowAsync(await reader.SubmitAsync("/account/manage/data", new Dictionary<string, string> { ["Input.ConfirmEmail"] = email }));
        Assert.Contains("Your account is deleted", deleted.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CountRowsAsync(site, userId));
        Assert.Contains("do not match", (await reader.FollowAsync(await reader.SignInAsync(email, AccountTestData.Password))).Text, StringComparison.Ordinal);
    }

    private static async Task<string> UserIdAsync(SiteFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AccountUser>>().FindByEmailAsync(email);
        return user!.Id;
    }

    /// <summary>Every row, in every table of both modules, that carries the user's id.</summary>
    private static async Task<int> CountRowsAsync(SiteFactory site, string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var learning = scope.ServiceProvider.GetRequiredService<LearningDbContext>();
        return await accounts.Users.CountAsync(x => x.Id == userId)
            + await accounts.UserRoles.CountAsync(x => x.UserId == userId)
            + await accounts.UserClaims.CountAsync(x => x.UserId == userId)
            + await accounts.UserLogins.CountAsync(x => x.UserId == userId)
            + await accounts.UserTokens.CountAsync(x => x.UserId == userId)
            + await learning.LessonProgress.CountAsync(x => x.UserId == userId)
            + await learning.KnowledgeCheckResults.CountAsync(x => x.UserId == userId)
            + await learning.ReflectionNotes.CountAsync(x => x.UserId == userId)
            + await learning.ChecklistTicks.CountAsync(x => x.UserId == userId);
    }
}
