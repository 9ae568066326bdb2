using System.Diagnostics;
using System.Net;
using System.Text.Json;
using FamilyBridge.Tests.Editor;
using FamilyBridge.Tests.Infrastructure;
using FamilyBridge.Tests.Web;
using Xunit.Abstractions;

namespace FamilyBridge.Tests.Operations;

/// <summary>
/// Two real site processes on one PostgreSQL and one Redis, behind nginx with the deploy/ config: what an operator
/// running several nodes relies on, proved through HTTP. Figures go to the test output.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodeTests(TwoNodeSite site, ITestOutputHelper output)
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Both_nodes_started_at_the_same_moment_on_an_empty_database_end_with_one_set_up_site()
    {
        Assert.True(site.NodeA.IsRunning && site.NodeB.IsRunning, site.Logs);
        Assert.Equal(1, await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "SiteSettings" """));
        Assert.Equal(0, await site.ScalarAsync<int>("""
            SELECT COUNT(*) FROM (SELECT "Path" FROM "ContentItems" WHERE "Published" AND "Path" IS NOT NULL GROUP BY "Path" HAVING COUNT(*) > 1) AS twice
            """));
        Assert.Equal(0, await site.ScalarAsync<int>("""
            SELECT COUNT(*) FROM (SELECT "ContentItemId" FROM "ContentItems" WHERE "Latest" GROUP BY "ContentItemId" HAVING COUNT(*) > 1) AS twice
            """));
        using var browser = site.BrowserThroughProxy();
        var home = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Response.StatusCode);
    }

    [Fact]
    public async Task Both_nodes_answer_ready_and_stopping_redis_turns_ready_red_while_live_stays_green()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var node in new[] { site.NodeA, site.NodeB })
        {
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, node, "/health/ready"));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, node, "/health/live"));
        }

        using (var ready = await client.GetAsync(new Uri(site.Proxy.BaseAddress, "/health/ready")))
        {
            var json = await ready.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            // The readiness answer names no server: not the database's, the mail server's or Redis's address.
            Assert.DoesNotContain("127.0.0.1", json, StringComparison.Ordinal);
            Assert.DoesNotContain(site.Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), json, StringComparison.Ordinal);
            Assert.DoesNotContain("Password", json, StringComparison.OrdinalIgnoreCase);
            using var parsed = JsonDocument.Parse(json);
            Assert.True(parsed.RootElement.GetProperty("checks").TryGetProperty("database", out _), json);
        }

        await site.Redis.StopAsync();
        try
        {
            foreach (var node in new[] { site.NodeA, site.NodeB })
            {
                await WaitForAsync(async () => await StatusAsync(client, node, "/health/ready") == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60), $"{node.Name} still ready without Redis");
                Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, node, "/health/live"));
            }
        }
        finally
        {
            await site.Redis.RestartAsync();
        }

        foreach (var node in new[] { site.NodeA, site.NodeB })
        {
            await WaitForAsync(async () => await StatusAsync(client, node, "/health/ready") == HttpStatusCode.OK, TimeSpan.FromSeconds(90), $"{node.Name} not ready again after Redis came back");
        }
    }

    [Fact]
    public async Task A_sign_in_on_node_A_is_accepted_by_node_B()
    {
        // The editor signed in through node A's password and two-step pages (TwoNodeSite); node B sees the same cookies.
        using var onA = TwoNodeSite.Browser(site.NodeA, site.EditorCookies);
        using var onB = TwoNodeSite.Browser(site.NodeB, site.EditorCookies);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/admin/content")).Response.StatusCode);

        var page = await onB.GetAsync("/admin/content");
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Content", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsubscribe_link_minted_on_node_A_works_on_node_B()
    {
        // The editor opens a circle and shares it by email, all through node A: the email's unsubscribe link is sealed
        // with the data-protection keys there. The recipient's click reaches node B, which must read it.
        using var ownerOnA = TwoNodeSite.Browser(site.NodeA, site.EditorCookies);
        using var recipientOnB = TwoNodeSite.Browser(site.NodeB);
        var run = Guid.NewGuid().ToString("N")[..8];
        var circles = await ownerOnA.GetAsync("/circles");
        var created = await ownerOnA.SubmitAsync(circles, "/circles", "main form[method=post]", new Dictionary<string, string>
        {
            ["Input.Name"] = "Two nodes " + run,
            ["Input.DisplayName"] = "Sam",
            ["Input.TimeZoneId"] = "America/Chicago",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var sharing = created.Headers.Location!.OriginalString + "/sharing";
        var recipient = $"gran-{run}@example.net";
        var form = await ownerOnA.GetAsync(sharing);
        var review = await HtmlPage.ParseAsync(await ownerOnA.SubmitAsync(form, sharing, "form[action*='handler=Review']", new Dictionary<string, string>
        {
            ["Input.RecipientUserId"] = "",
            ["Input.RecipientName"] = "Gran " + run,
            ["Input.RecipientEmail"] = recipient,
            ["Input.Frequency"] = "Daily",
        }));
        var granted = await ownerOnA.SubmitAsync(review, sharing, "form:has(#Input_Confirmed)", new Dictionary<string, string> { ["Input.Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var mail = await site.Smtp.WaitForMessageAsync(recipient, MailTimeout);
        var unsubscribe = new Uri(mail.Headers["List-Unsubscribe"]!.Trim('<', '>')).AbsolutePath;
        var page = await recipientOnB.GetAsync(unsubscribe);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains("Stop the emails from Sam?", page.Text, StringComparison.Ordinal);
        await recipientOnB.SubmitAsync(page, unsubscribe, "main form[method=post]");
        Assert.Equal("Unsubscribed", await site.ScalarAsync<string>("""SELECT "Status" FROM "CircleConsentGrants" WHERE "RecipientName" = @name""", ("name", "Gran " + run)));
    }

    [Fact]
    public async Task A_lesson_published_through_node_A_shows_on_node_B_within_two_seconds_cached_page_included_and_search_on_B_finds_it()
    {
        using var editor = TwoNodeSite.Browser(site.NodeA, site.EditorCookies);
        using var readerOnB = TwoNodeSite.Browser(site.NodeB);
        var word = "Zephyrine" + Guid.NewGuid().ToString("N")[..6];
        var form = await editor.GetAsync("/admin/content/new/Lesson");
        var module = form.Document.QuerySelectorAll("select[name=Container] option").Select(o => o.GetAttribute("value")).Last(v => !string.IsNullOrEmpty(v))!;
        var modulePath = await site.ScalarAsync<string>("""SELECT "Path" FROM "ContentItems" WHERE "ContentItemId" = @id AND "Published" """, ("id", module));

        // Node B has the module page in its (shared) output cache before the publish.
        var before = await readerOnB.GetAsync("/" + modulePath);
        Assert.Equal(HttpStatusCode.OK, before.Response.StatusCode);
        var cached = await readerOnB.GetAsync("/" + modulePath);
        Assert.True(cached.Response.Headers.Age is not null, "The module page did not come from the output cache the second time.");

        var title = $"Lesson {word}";
        var published = await editor.SubmitAsync(form, "/admin/content/new/Lesson", "form.editor-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Container"] = module,
            ["f.Lesson.Summary"] = "One sentence for the list.",
            ["f.Lesson.EstimatedMinutes"] = "4",
            ["Body"] = $"A lesson about {word} for both nodes.",
        }, op: "publish");
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var id = EditorForm.EditedId(published);
        var path = await site.ScalarAsync<string>("""SELECT "Path" FROM "ContentItems" WHERE "ContentItemId" = @id AND "Published" """, ("id", id));

        await WaitForAsync(async () => (await readerOnB.GetAsync("/" + modulePath)).Text.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the module page on node B never listed the lesson");
        var evictionMs = clock.ElapsedMilliseconds;
        var lesson = await readerOnB.GetAsync("/" + path);
        Assert.Equal(HttpStatusCode.OK, lesson.Response.StatusCode);
        await WaitForAsync(async () => (await readerOnB.GetAsync("/search?q=" + word)).Texts("main a").Any(t => t.Contains(title, StringComparison.Ordinal)), TimeSpan.FromSeconds(10), "search on node B never found the lesson");
        var searchMs = clock.ElapsedMilliseconds;
        output.WriteLine($"FIGURE two-node eviction delay: {evictionMs} ms (published on A, module page on B changed); search on B found it after {searchMs} ms");
        Assert.True(evictionMs <= 2000, $"Node B showed the lesson after {evictionMs} ms, more than 2 s.");
    }

    [Fact]
    public async Task A_scheduled_publish_fires_once_with_both_nodes_running_their_schedule_runners()
    {
        using var editor = TwoNodeSite.Browser(site.NodeA, site.EditorCookies);
        var form = await editor.GetAsync("/admin/content/new/Lesson");
        var module = form.Document.QuerySelectorAll("select[name=Container] option").Select(o => o.GetAttribute("value")).Last(v => !string.IsNullOrEmpty(v))!;
        var title = "Scheduled " + Guid.NewGuid().ToString("N")[..8];
        var saved = await editor.SubmitAsync(form, "/admin/content/new/Lesson", "form.editor-form", new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Container"] = module,
            ["f.Lesson.Summary"] = "One sentence for the list.",
            ["f.Lesson.EstimatedMinutes"] = "4",
            ["Body"] = "Ready when the time comes.",
        }, op: "save");
        var id = EditorForm.EditedId(saved);
        var edit = await editor.GetAsync($"/admin/content/{id}/edit");
        var due = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await editor.SubmitAsync(edit, $"/admin/content/{id}/edit", "form[action*=Schedule]", new Dictionary<string, string> { ["ScheduleAt"] = due, ["ScheduleAction"] = "publish" });
        Assert.Equal(1, await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "ContentSchedules" WHERE "ContentItemId" = @id AND "DoneUtc" IS NULL""", ("id", id)));

        // The day passes: the schedule falls due now, and both nodes' runners (every second) see it.
        await site.ExecuteAsync("""UPDATE "ContentSchedules" SET "DueUtc" = now() - interval '1 second' WHERE "ContentItemId" = @id""", ("id", id));
        await WaitForAsync(async () => await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "ContentSchedules" WHERE "ContentItemId" = @id AND "DoneUtc" IS NOT NULL""", ("id", id)) == 1, TimeSpan.FromSeconds(30), "the schedule was never applied");
        var applied = await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "ContentAuditLog" WHERE "ContentItemId" = @id AND "Action" = 'published'""", ("id", id));
        var path = await site.ScalarAsync<string>("""SELECT "Path" FROM "ContentItems" WHERE "ContentItemId" = @id AND "Published" """, ("id", id));
        using var reader = site.BrowserThroughProxy();
        await WaitForAsync(async () => (await reader.GetAsync("/" + path)).Text.Contains("Ready when the time comes.", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "readers never saw the scheduled lesson");
        Assert.Equal(1, applied);
        Assert.Equal(1, await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "ContentItems" WHERE "ContentItemId" = @id AND "Published" """, ("id", id)));
        Assert.Equal(1, await site.ScalarAsync<int>("""SELECT COUNT(*) FROM "ContentAuditLog" WHERE "ContentItemId" = @id AND "Action" = 'published'""", ("id", id)));
    }

    [Fact]
    public async Task Two_hundred_queued_emails_reach_the_mail_server_exactly_once_with_both_nodes_dispatching()
    {
        var batch = "bulk-" + Guid.NewGuid().ToString("N")[..8];
        var beforeA = Passes(site.NodeA);
        var beforeB = Passes(site.NodeB);
        await QueueAsync(batch, 200);
        await WaitForAsync(async () => await CountAsync(batch, "Sent") == 200, MailTimeout, "not every email was sent");

        var (received, duplicated) = Received(batch);
        output.WriteLine($"FIGURE 200 emails, both nodes: sent {received.Count}, lost {200 - received.Count}, duplicated {duplicated}; passes on A {Passes(site.NodeA) - beforeA}, on B {Passes(site.NodeB) - beforeB}");
        Assert.Equal(200, received.Count);
        Assert.Equal(0, duplicated);
        Assert.True(Passes(site.NodeA) > beforeA && Passes(site.NodeB) > beforeB, "Only one node dispatched:\n" + site.Logs);
    }

    [Fact]
    public async Task Killing_node_A_mid_batch_loses_no_email_and_node_B_finishes_with_at_most_the_one_in_flight_repeated()
    {
        var batch = "kill-" + Guid.NewGuid().ToString("N")[..8];
        await QueueAsync(batch, 200);
        await WaitForAsync(async () => await CountAsync(batch, "Sent") >= 40, MailTimeout, "sending never started");
        await site.NodeA.KillAsync();
        var sendingAtKill = await CountAsync(batch, "Sending");
        var sentAtKill = await CountAsync(batch, "Sent");
        try
        {
            await WaitForAsync(async () => await CountAsync(batch, "Sent") == 200, MailTimeout, "node B did not finish the batch");
        }
        finally
        {
            site.NodeA.Start();
            await site.NodeA.WaitUntilReadyAsync(TwoNodeSite.StartTimeout);
        }

        var (received, duplicated) = Received(batch);
        output.WriteLine($"FIGURE node A killed after {sentAtKill} of 200 sent ({sendingAtKill} claimed, unsent): sent {received.Count}, lost {200 - received.Count}, duplicated {duplicated}");
        Assert.Equal(200, received.Count);
        Assert.InRange(duplicated, 0, 1);
    }

    private static int Passes(SiteProcess node) => node.Output.Split('\n').Count(l => l.Contains("Outbox pass:", StringComparison.Ordinal));

    /// <summary>Queues like the outbox does: rows in one transaction, and NOTIFY, which PostgreSQL delivers on commit.</summary>
    private async Task QueueAsync(string batch, int count) =>
        await site.ExecuteAsync($$"""
            INSERT INTO "OutboxMessages" ("MessageId", "Recipient", "Subject", "TextBody", "Status", "Attempts", "NextAttemptUtc", "CreatedUtc")
            SELECT @batch || '-' || n || '@familybridge.test', @batch || '-' || n || '@example.org', 'A note ' || n, 'Hello from the site.', 'Queued', 0, now(), now()
            FROM generate_series(1, {{count}}) AS n;
            SELECT pg_notify('familybridge_outbox', '');
            """, ("batch", batch));

    private Task<int> CountAsync(string batch, string status) =>
        site.ScalarAsync<int>("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "MessageId" LIKE @prefix AND "Status" = @status""", ("prefix", batch + "-%"), ("status", status));

    /// <summary>The distinct messages of the batch the mail server received, and how many arrived more than once.</summary>
    private (IReadOnlyCollection<string> Distinct, int Duplicated) Received(string batch)
    {
        var ids = site.Smtp.Messages.Select(m => m.MessageId).OfType<string>().Where(id => id.StartsWith(batch + "-", StringComparison.Ordinal)).ToList();
        var distinct = ids.Distinct().ToList();
        return (distinct, ids.Count - distinct.Count);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, SiteProcess node, string path)
    {
        using var response = await client.GetAsync(new Uri(node.BaseAddress, path));
        return response.StatusCode;
    }

    private async Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"After {timeout.TotalSeconds} s {what}.\n{site.Logs}");
            }

            await Task.Delay(50);
        }
    }
}
