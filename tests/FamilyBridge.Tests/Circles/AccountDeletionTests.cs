using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Circles;

public sealed class AccountDeletionTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 10, 18, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_deleted_account_leaves_no_circle_data_behind_and_other_circles_carry_on(DatabaseProvider provider)
    {
        await using var host = await CircleTestHost.CreateAsync(provider, Now);
        var owned = await host.CreateCircleAsync("leaving");
        await host.JoinAsync(owned, "leaving", "mum", "Ana");
        await host.UpdatesAsync(s => s.PostAsync(owned, "leaving", new UpdateInput { Kind = UpdateKind.Note, Note = "marker-owned" }));
        var other = await host.CreateCircleAsync("staying");
        await host.JoinAsync(other, "staying", "leaving", "Lee");
        var update = await host.UpdatesAsync(s => s.PostAsync(other, "staying", new UpdateInput { Kind = UpdateKind.Note, Note = "marker-other" }));
        await host.UpdatesAsync(s => s.ReplyAsync(other, update, "leaving", "marker-reply"));

        await host.RunAsync(sp => sp.GetRequiredService<IDomainEventPublisher>().PublishAsync(new AccountDeleting("leaving")));

        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<CirclesDbContext>();
            Assert.False(await db.Circles.AnyAsync(c => c.Id == owned));
            Assert.False(await db.Members.AnyAsync(m => m.UserId == "leaving" || m.CircleId == owned));
            Assert.False(await db.Updates.AnyAsync(u => u.CircleId == owned));
            Assert.False(await db.Replies.AnyAsync(r => r.UserId == "leaving"));
            Assert.False(await db.Audit.AnyAsync(a => a.CircleId == owned || a.ActorUserId == "leaving" || a.SubjectUserId == "leaving"));
            Assert.False(await db.Invitations.AnyAsync(i => i.CircleId == owned || i.RespondedByUserId == "leaving"));
        });
        var seen = await host.CirclesAsync(s => s.GetOverviewAsync(other, "staying"));
        Assert.Equal("marker-other", Assert.Single(seen.Updates).Update.Note);
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.CirclesAsync(s => s.GetOverviewAsync(other, "leaving")));
        await Assert.ThrowsAsync<CircleNotFoundException>(() => host.CirclesAsync(s => s.GetOverviewAsync(owned, "mum")));
    }
}
