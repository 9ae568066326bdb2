using System.Net;
using FamilyBridge.Circles.Models;
using FamilyBridge.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using static FamilyBridge.Tests.Circles.CirclePrivacyFixture;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// Removing a member, leaving, deleting an update and deleting a reply each ask once, on a page that works without
/// script: a GET only explains, the old one-click forms only lead there, and only the confirmation's POST acts.
/// </summary>
public sealed class CircleConfirmationTests(CirclePrivacyFixture fixture) : IClassFixture<CirclePrivacyFixture>
{
    private string Circle => $"/circles/{fixture.CircleId}";

    [Fact]
    public async Task Removing_a_member_asks_first_and_neither_the_old_form_nor_the_confirmation_page_removes_them()
    {
        var owner = fixture[Visitor.Owner];
        var ids = await fixture.UserIdsAsync();
        var confirmPath = $"{Circle}/people/{fixture.OutsideMemberId}/remove";

        var people = await owner.GetAsync($"{Circle}/people");
        Assert.Contains(confirmPath, people.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        var oneClick = await PostAsync(owner, $"{Circle}?handler=Remove", new() { ["memberUserId"] = ids[Visitor.MemberOutsideAudience] });
        Assert.Equal(HttpStatusCode.Redirect, oneClick.StatusCode);
        Assert.Equal(confirmPath, oneClick.Headers.Location?.OriginalString);
        Assert.Equal(MemberStatus.Active, await StatusOfAsync(Visitor.MemberOutsideAudience));

        var asked = await owner.GetAsync(confirmPath);
        Assert.Equal(HttpStatusCode.OK, asked.Response.StatusCode);
        Assert.Equal(["Remove MemberOutsideAudience from the circle?"], asked.Texts("h1"));
        Assert.Contains("What MemberOutsideAudience wrote stays.", asked.Text, StringComparison.Ordinal);
        Assert.Equal(["Remove MemberOutsideAudience"], asked.Texts("main form.confirm-form button"));
        Assert.Equal($"{Circle}/people", asked.Document.QuerySelector("main form.confirm-form a")?.GetAttribute("href"));
        Assert.Equal(MemberStatus.Active, await StatusOfAsync(Visitor.MemberOutsideAudience));

        var removed = await owner.SubmitAsync(asked, confirmPath, new Dictionary<string, string>(), "main form.confirm-form");
        var after = await owner.FollowAsync(removed);
        Assert.Equal($"{Circle}/people", removed.Headers.Location?.OriginalString);
        Assert.Equal(["MemberOutsideAudience was removed from the circle."], after.Texts("[role=status]"));
        Assert.DoesNotContain("MemberOutsideAudience", string.Join(' ', after.Texts(".person-name")), StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Removed, await StatusOfAsync(Visitor.MemberOutsideAudience));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture[Visitor.MemberOutsideAudience].GetAsync(Circle)).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(confirmPath)).Response.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_update_asks_first_and_a_get_never_deletes_it()
    {
        var owner = fixture[Visitor.Owner];
        const string note = "marker-delete-me-7f1";
        var posted = await owner.FollowAsync(await owner.SubmitAsync(Circle, new Dictionary<string, string> { ["Kind"] = "Note", ["Note"] = note }, "form:has(#share-kind)"));
        Assert.Equal(["Update posted."], posted.Texts("[role=status]"));
        var updateId = await fixture.RunDbAsync(db => db.Updates.Where(u => u.Note == note).Select(u => u.Id).SingleAsync());
        var updatePath = $"{Circle}/updates/{updateId}";
        var confirmPath = $"{updatePath}/delete";

        var oneClick = await PostAsync(owner, $"{updatePath}?handler=Delete", []);
        Assert.Equal(confirmPath, oneClick.Headers.Location?.OriginalString);
        var asked = await owner.GetAsync(confirmPath);
        Assert.Equal(["Delete this update?"], asked.Texts("h1"));
        Assert.Contains(note, asked.Text, StringComparison.Ordinal);
        Assert.Contains("The people who could see it will see “Sam removed an update” in its place.", asked.Text, StringComparison.Ordinal);
        Assert.Null(await DeletedAtAsync(updateId));

        // Someone else in the circle who can see the update still cannot open its deletion.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture[Visitor.MemberInAudience].GetAsync(confirmPath)).Response.StatusCode);
        var forged = await PostAsync(fixture[Visitor.MemberInAudience], confirmPath, []);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null(await DeletedAtAsync(updateId));

        var deleted = await owner.SubmitAsync(asked, confirmPath, new Dictionary<string, string>(), "main form.confirm-form");
        Assert.Equal(Circle, deleted.Headers.Location?.OriginalString);
        Assert.Equal(["Update deleted."], (await owner.FollowAsync(deleted)).Texts("[role=status]"));
        Assert.NotNull(await DeletedAtAsync(updateId));
        Assert.Contains("Sam removed an update.", (await fixture[Visitor.MemberInAudience].GetAsync(Circle)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_is_deleted_only_by_its_author_after_confirming()
    {
        var member = fixture[Visitor.MemberInAudience];
        const string message = "marker-reply-to-delete-2b9";
        var updateId = await fixture.RunDbAsync(db => db.Updates.Where(u => u.Note == EveryoneMarker).Select(u => u.Id).SingleAsync());
        var updatePath = $"{Circle}/updates/{updateId}";
        await member.SubmitAsync(updatePath, new Dictionary<string, string> { ["message"] = message }, "form[action*='handler=Reply']");
        var replyId = await fixture.RunDbAsync(db => db.Replies.Where(r => r.Message == message).Select(r => r.Id).SingleAsync());
        var confirmPath = $"{updatePath}/replies/{replyId}/delete";

        var update = await member.GetAsync(updatePath);
        Assert.Contains(confirmPath, update.Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(confirmPath, (await fixture[Visitor.Owner].GetAsync(updatePath)).Document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture[Visitor.Owner].GetAsync(confirmPath)).Response.StatusCode);

        var asked = await member.GetAsync(confirmPath);
        Assert.Equal(["Delete your reply?"], asked.Texts("h1"));
        Assert.Contains(message, asked.Text, StringComparison.Ordinal);
        Assert.True(await fixture.RunDbAsync(db => db.Replies.AnyAsync(r => r.Id == replyId)));

        var deleted = await member.SubmitAsync(asked, confirmPath, new Dictionary<string, string>(), "main form.confirm-form");
        Assert.Equal(updatePath, deleted.Headers.Location?.OriginalString);
        Assert.Equal(["Your reply was deleted."], (await member.FollowAsync(deleted)).Texts("[role=status]"));
        Assert.False(await fixture.RunDbAsync(db => db.Replies.AnyAsync(r => r.Id == replyId)));
    }

    [Fact]
    public async Task Leaving_asks_first_says_what_stays_and_the_owner_is_told_how_to_hand_over_instead()
    {
        var joiner = fixture[Visitor.Invited];
        var accepted = await joiner.SubmitAsync(fixture.PendingInvitationPath, new Dictionary<string, string> { ["displayName"] = "Quinn", ["timeZoneId"] = "America/Chicago" }, "form[action*='handler=Accept']");
        Assert.Equal(Circle, accepted.Headers.Location?.OriginalString);

        var oneClick = await PostAsync(joiner, $"{Circle}?handler=Leave", []);
        Assert.Equal($"{Circle}/leave", oneClick.Headers.Location?.OriginalString);
        var asked = await joiner.GetAsync($"{Circle}/leave");
        Assert.Equal(["Leave the circle?"], asked.Texts("h1"));
        Assert.Contains("What you wrote stays.", asked.Text, StringComparison.Ordinal);
        Assert.Equal(MemberStatus.Active, await StatusOfAsync(Visitor.Invited));

        var left = await joiner.SubmitAsync(asked, $"{Circle}/leave", new Dictionary<string, string>(), "main form.confirm-form");
        Assert.Equal("/circles", left.Headers.Location?.OriginalString);
        Assert.Equal([$"You left {CircleName}."], (await joiner.FollowAsync(left)).Texts("[role=status]"));
        Assert.Equal(MemberStatus.Left, await StatusOfAsync(Visitor.Invited));
        Assert.Equal(HttpStatusCode.NotFound, (await joiner.GetAsync(Circle)).Response.StatusCode);

        var ownerPage = await fixture[Visitor.Owner].GetAsync($"{Circle}/leave");
        Assert.Equal(["You started this circle"], ownerPage.Texts("h1"));
        Assert.Null(ownerPage.Document.QuerySelector("main form"));
    }

    [Fact]
    public async Task Reactions_count_each_person_once_show_who_pressed_and_a_second_press_takes_it_back()
    {
        var owner = fixture[Visitor.Owner];
        var member = fixture[Visitor.MemberInAudience];
        const string note = "marker-reactions-5d0";
        await owner.SubmitAsync(Circle, new Dictionary<string, string> { ["Kind"] = "Meeting", ["Note"] = note }, "form:has(#share-kind)");
        var updateId = await fixture.RunDbAsync(db => db.Updates.Where(u => u.Note == note).Select(u => u.Id).SingleAsync());
        var form = $"#update-{updateId} form.reactions";

        var first = await member.FollowAsync(await member.SubmitAsync(Circle, new Dictionary<string, string> { ["reaction"] = "Heart" }, form));
        Assert.Equal(["You sent a heart."], first.Texts("[role=status]"));
        Assert.Equal(("Heart, 1 reaction", "true"), Heart(first, updateId));
        Assert.Equal(("Heart, 1 reaction", "false"), Heart(await owner.GetAsync(Circle), updateId));

        var second = await owner.FollowAsync(await owner.SubmitAsync(Circle, new Dictionary<string, string> { ["reaction"] = "Heart" }, form));
        Assert.Equal(("Heart, 2 reactions", "true"), Heart(second, updateId));
        Assert.Contains("Clap, 0 reactions", second.Texts($"#update-{updateId} button.reaction .visually-hidden"));

        var takenBack = await member.FollowAsync(await member.SubmitAsync(Circle, new Dictionary<string, string> { ["reaction"] = "Heart" }, form));
        Assert.Equal(["You took back your heart."], takenBack.Texts("[role=status]"));
        Assert.Equal(("Heart, 1 reaction", "false"), Heart(takenBack, updateId));

        // The update's own page shows the same counts, and a reaction that is not one of the three changes nothing.
        Assert.Equal(("Heart, 1 reaction", "false"), Heart(await member.GetAsync($"{Circle}/updates/{updateId}"), updateId));
        var bogus = await PostAsync(member, $"{Circle}?handler=React", new() { ["updateId"] = updateId, ["reaction"] = "Shrug" });
        Assert.Equal(HttpStatusCode.Redirect, bogus.StatusCode);
        Assert.Equal(1, await fixture.RunDbAsync(db => db.Replies.CountAsync(r => r.UpdateId == updateId)));
    }

    private static (string Name, string? Pressed) Heart(Web.HtmlPage page, string updateId)
    {
        var button = page.Document.QuerySelector($"#update-{updateId} button.reaction[value=Heart]")
            ?? throw new InvalidOperationException($"No Heart button for {updateId}.");
        return (Web.HtmlPage.Collapse(button.QuerySelector(".visually-hidden")?.TextContent ?? ""), button.GetAttribute("aria-pressed"));
    }

    private async Task<MemberStatus> StatusOfAsync(Visitor visitor)
    {
        var userId = (await fixture.UserIdsAsync())[visitor];
        return await fixture.RunDbAsync(db => db.Members.Where(m => m.CircleId == fixture.CircleId && m.UserId == userId).Select(m => m.Status).SingleAsync());
    }

    private Task<DateTime?> DeletedAtAsync(string updateId) =>
        fixture.RunDbAsync(db => db.Updates.Where(u => u.Id == updateId).Select(u => u.DeletedUtc).SingleAsync());

    /// <summary>A form post with a real antiforgery token, as an old page or a hand-made form would send it.</summary>
    private static async Task<HttpResponseMessage> PostAsync(Reader reader, string path, Dictionary<string, string> fields)
    {
        var own = await reader.GetAsync("/circles");
        fields["__RequestVerificationToken"] = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields);
        return await reader.Client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
