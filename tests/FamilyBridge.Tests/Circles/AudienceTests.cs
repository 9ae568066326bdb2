using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

public sealed class AudienceTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 10, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task An_update_for_chosen_members_reaches_them_and_no_one_else(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "mum", "Ana");
        await host.JoinAsync(circle, "owner", "brother", "Luis");
        var other = await host.CreateCircleAsync("someone-else");

        var everyone = await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Meeting, Note = "marker-everyone" }));
        var forMum = await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput
        {
            Kind = UpdateKind.CheckIn,
            Mood = 2,
            HardDay = true,
            Note = "marker-only-mum",
            AudienceAll = false,
            AudienceUserIds = ["mum"],
        }));

        var mum = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "mum"));
        Assert.Equal(["marker-only-mum", "marker-everyone"], mum.Updates.Select(u => u.Update.Note));
        var brother = await host.CirclesAsync(s => s.GetOverviewAsync(circle, "brother"));
        Assert.Equal(["marker-everyone"], brother.Updates.Select(u => u.Update.Note));
        Assert.Equal(["Ana"], (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"))).Updates[0].AudienceNames);

        Assert.Equal("marker-only-mum", (await host.UpdatesAsync(s => s.GetAsync(circle, forMum, "mum"))).View.Update.Note);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.GetAsync(circle, forMum, "brother")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.ReplyAsync(circle, forMum, "brother", "hi")));

        // Outsiders, the owner of another circle and ids from elsewhere all find nothing.
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.CirclesAsync(s => s.GetOverviewAsync(circle, "stranger")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.GetAsync(circle, everyone, "someone-else")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.GetAsync(other, everyone, "someone-else")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.DeleteAsync(circle, "mum", everyone)));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_deleted_update_tells_its_audience_it_was_removed_and_keeps_nothing(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "mum", "Ana");
        var update = await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Note, Note = "marker-deleted" }));
        await host.UpdatesAsync(s => s.ReplyAsync(circle, update, "mum", "So proud of you"));

        await host.UpdatesAsync(s => s.DeleteAsync(circle, "owner", update));

        var seen = Assert.Single((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "mum"))).Updates);
        Assert.True(seen.Deleted);
        Assert.Null(seen.Update.Note);
        Assert.Equal(0, seen.ReplyCount);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.ReplyAsync(circle, update, "mum", "Hello?")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Editing_the_audience_takes_an_update_away_from_someone(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "mum", "Ana");
        await host.JoinAsync(circle, "owner", "brother", "Luis");
        var update = await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Note, Note = "first words" }));

        await host.UpdatesAsync(s => s.EditAsync(circle, "owner", update, new UpdateInput { Note = "second words", AudienceAll = false, AudienceUserIds = ["brother"] }));

        Assert.Empty((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "mum"))).Updates);
        var brother = Assert.Single((await host.CirclesAsync(s => s.GetOverviewAsync(circle, "brother"))).Updates);
        Assert.Equal("second words", brother.Update.Note);
        Assert.NotNull(brother.Update.EditedUtc);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_removed_member_sees_nothing_and_a_hidden_reply_only_the_owner_sees(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "mum", "Ana");
        await host.JoinAsync(circle, "owner", "ex", "Chris");
        var update = await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Meeting }));
        await host.UpdatesAsync(s => s.ReplyAsync(circle, update, "ex", "marker-unkind"));
        Assert.True(await host.UpdatesAsync(s => s.ToggleReactionAsync(circle, update, "mum", Reaction.Hug)));
        var tooLong = await Assert.ThrowsAsync<CircleRuleException>(() => host.UpdatesAsync(s => s.ReplyAsync(circle, update, "mum", new string('x', 501))));
        Assert.Contains("500", tooLong.Message, StringComparison.Ordinal);

        var unkind = (await host.UpdatesAsync(s => s.GetAsync(circle, update, "owner"))).Replies.Single(r => r.Reply.Message == "marker-unkind");
        await host.UpdatesAsync(s => s.HideReplyAsync(circle, "owner", unkind.Reply.Id));
        await host.CirclesAsync(s => s.RemoveMemberAsync(circle, "owner", "ex"));

        var mum = await host.UpdatesAsync(s => s.GetAsync(circle, update, "mum"));
        Assert.Empty(mum.Replies);
        Assert.Equal(new ReactionCount(Reaction.Hug, 1, Mine: true), mum.View.Reactions.Single(r => r.Reaction == Reaction.Hug));
        var owner = await host.UpdatesAsync(s => s.GetAsync(circle, update, "owner"));
        Assert.Single(owner.Replies);
        Assert.True(owner.Replies.Single(r => r.Reply.Message == "marker-unkind").Hidden);
        Assert.Equal("Chris", owner.Replies.Single(r => r.Reply.Message == "marker-unkind").AuthorName);

        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.CirclesAsync(s => s.GetOverviewAsync(circle, "ex")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.UpdatesAsync(s => s.GetAsync(circle, update, "ex")));
        Assert.Empty(await host.CirclesAsync(s => s.ListMineAsync("ex")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_plan_is_private_until_shared_with_chosen_members(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner");
        await host.JoinAsync(circle, "owner", "sponsor", "Dee");
        await host.JoinAsync(circle, "owner", "cousin", "Eli");
        await host.RunAsync(async sp =>
        {
            var plans = sp.GetRequiredService<PlanService>();
            await plans.AddItemAsync(circle, "owner", PlanItemKind.Trigger, "Payday Fridays", 8, null);
            await plans.AddItemAsync(circle, "owner", PlanItemKind.Contact, "Dee", null, "555-0101");
        });
        var plans = (Func<string, Task<PlanView>>)(user => host.RunAsync(sp => sp.GetRequiredService<PlanService>().GetAsync(circle, user)));

        await Assert.ThrowsAsync<CircleNotFoundException>(() => plans("sponsor"));
        Assert.Equal(2, (await plans("owner")).Items.Count);

        await host.RunAsync(sp => sp.GetRequiredService<PlanService>().ShareAsync(circle, "owner", ["sponsor"]));
        var shared = await plans("sponsor");
        Assert.Equal(8, shared.Items.Single(i => i.Kind == PlanItemKind.Trigger).Strength);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => plans("cousin"));

        await host.RunAsync(sp => sp.GetRequiredService<PlanService>().ShareAsync(circle, "owner", []));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => plans("sponsor"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Times_show_in_each_viewers_own_time_zone(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var circle = await host.CreateCircleAsync("owner", timeZone: "America/Los_Angeles");
        await host.JoinAsync(circle, "owner", "gran", "Rosa", "Europe/Madrid");
        await host.UpdatesAsync(s => s.PostAsync(circle, "owner", new UpdateInput { Kind = UpdateKind.Meeting }));

        // 18:00 UTC on 10 April 2027: 11:00 in Los Angeles (PDT), 20:00 in Madrid (CEST).
        Assert.Equal(new DateTime(2027, 4, 10, 11, 0, 0), (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "owner"))).Updates[0].CreatedLocal);
        Assert.Equal(new DateTime(2027, 4, 10, 20, 0, 0), (await host.CirclesAsync(s => s.GetOverviewAsync(circle, "gran"))).Updates[0].CreatedLocal);
    }
}
