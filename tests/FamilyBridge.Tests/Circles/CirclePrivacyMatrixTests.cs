using System.Net;
using FamilyBridge.Tests.Web;
using static FamilyBridge.Tests.Circles.CirclePrivacyFixture;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// Every circle page × every kind of visitor, through the real host: a redirect to sign-in, a 404, or a 200 that
/// shows exactly the markers that visitor may see and none of the others.
/// </summary>
public sealed class CirclePrivacyMatrixTests(CirclePrivacyFixture fixture) : IClassFixture<CirclePrivacyFixture>
{
    public static TheoryData<string, Visitor> Cells()
    {
        var data = new TheoryData<string, Visitor>();
        foreach (var page in Expected.Keys)
        {
            foreach (var visitor in Enum.GetValues<Visitor>())
            {
                data.Add(page, visitor);
            }
        }

        return data;
    }

    /// <summary>Page → visitor → the markers shown (null: 404). Visitors not listed get 404; anonymous always goes to sign-in.</summary>
    private static readonly Dictionary<string, Dictionary<Visitor, string[]?>> Expected = new()
    {
        ["list"] = new()
        {
            [Visitor.Owner] = [CircleName],
            [Visitor.MemberInAudience] = [CircleName],
            [Visitor.MemberOutsideAudience] = [CircleName],
            [Visitor.Stranger] = [],
            [Visitor.Invited] = [],
            [Visitor.RemovedMember] = [],
            [Visitor.SiteAdministrator] = [],
            [Visitor.SiteEditor] = [],
        },
        ["view"] = new()
        {
            [Visitor.Owner] = [CircleName, EveryoneMarker, RestrictedMarker, ReplyMarker],
            [Visitor.MemberInAudience] = [CircleName, EveryoneMarker, RestrictedMarker, ReplyMarker],
            [Visitor.MemberOutsideAudience] = [CircleName, EveryoneMarker],
        },
        ["update"] = new()
        {
            [Visitor.Owner] = [CircleName, RestrictedMarker, ReplyMarker],
            [Visitor.MemberInAudience] = [CircleName, RestrictedMarker, ReplyMarker],
        },
        ["checklist"] = new()
        {
            [Visitor.Owner] = [CircleName],
            [Visitor.MemberInAudience] = [CircleName],
            [Visitor.MemberOutsideAudience] = [CircleName],
        },
        ["plan"] = new()
        {
            [Visitor.Owner] = [CircleName, PlanMarker],
            [Visitor.MemberInAudience] = [CircleName, PlanMarker],
        },
        ["people"] = new()
        {
            [Visitor.Owner] = [CircleName],
            [Visitor.MemberInAudience] = [CircleName],
            [Visitor.MemberOutsideAudience] = [CircleName],
        },
        ["settings"] = new()
        {
            [Visitor.Owner] = [CircleName],
            [Visitor.MemberInAudience] = [CircleName],
            [Visitor.MemberOutsideAudience] = [CircleName],
        },
        ["leave"] = new()
        {
            [Visitor.Owner] = [CircleName],
            [Visitor.MemberInAudience] = [CircleName],
            [Visitor.MemberOutsideAudience] = [CircleName],
        },
        ["remove-member"] = new() { [Visitor.Owner] = [CircleName] },
        ["delete-update"] = new() { [Visitor.Owner] = [CircleName, RestrictedMarker] },
        ["delete-reply"] = new() { [Visitor.MemberInAudience] = [ReplyMarker] },
        ["invitations"] = new() { [Visitor.Owner] = [CircleName, InviteeMarker] },
        ["audit"] = new() { [Visitor.Owner] = [CircleName] },
        ["unknown-circle"] = new(),
        ["unknown-update"] = new(),
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_visitor_sees_exactly_what_they_may(string page, Visitor visitor)
    {
        var path = PathOf(page);
        var response = await fixture[visitor].GetAsync(path);
        var status = response.Response.StatusCode;

        if (visitor == Visitor.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, status);
            Assert.StartsWith("/account/login?ReturnUrl=", response.Response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            return;
        }

        var shown = Expected[page].GetValueOrDefault(visitor);
        if (shown is null)
        {
            Assert.Equal(HttpStatusCode.NotFound, status);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(response.Response.Headers.CacheControl?.NoStore, $"{page} must not be cached.");
            Assert.Contains("noindex", string.Join(' ', response.Response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
        }

        var html = await response.Response.Content.ReadAsStringAsync();
        foreach (var marker in AllMarkers)
        {
            if (shown?.Contains(marker) == true)
            {
                Assert.Contains(marker, html, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData(Visitor.Stranger)]
    [InlineData(Visitor.Invited)]
    [InlineData(Visitor.RemovedMember)]
    [InlineData(Visitor.MemberOutsideAudience)]
    [InlineData(Visitor.SiteAdministrator)]
    [InlineData(Visitor.SiteEditor)]
    public async Task Forms_posted_by_someone_who_may_not_see_the_update_find_nothing(Visitor visitor)
    {
        var reader = fixture[visitor];

        // A real antiforgery token, from a page this visitor may open.
        var own = await reader.GetAsync("/circles");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var reply = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["message"] = "let me in" });
        var replied = await reader.Client.PostAsync(
            new Uri($"/circles/{fixture.CircleId}/updates/{fixture.RestrictedUpdateId}?handler=Reply", UriKind.Relative), reply);
        Assert.Equal(HttpStatusCode.NotFound, replied.StatusCode);

        using var share = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Kind"] = "Note", ["Note"] = "not mine" });
        var shared = await reader.Client.PostAsync(new Uri($"/circles/{fixture.CircleId}?handler=Share", UriKind.Relative), share);
        Assert.Equal(HttpStatusCode.NotFound, shared.StatusCode);
    }

    [Fact]
    public async Task A_form_without_an_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Kind"] = "Note", ["Note"] = "forged" });
        var response = await fixture[Visitor.Owner].Client.PostAsync(new Uri($"/circles/{fixture.CircleId}?handler=Share", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_invitation_link_shows_the_circle_name_to_a_signed_in_invitee_only_who_invited_them_to_a_stranger_and_nothing_it_holds_to_either()
    {
        var page = await fixture[Visitor.Invited].GetAsync(fixture.PendingInvitationPath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Contains(CircleName, page.Text, StringComparison.Ordinal);
        Assert.Contains("Sam invited you to their family circle", page.Text, StringComparison.Ordinal);
        foreach (var marker in new[] { EveryoneMarker, RestrictedMarker, ReplyMarker, PlanMarker })
        {
            Assert.DoesNotContain(marker, page.Text, StringComparison.Ordinal);
        }

        // Someone not signed in learns who invited them and how to sign in, not even the circle's name.
        var anonymous = await fixture[Visitor.Anonymous].GetAsync(fixture.PendingInvitationPath);
        Assert.Equal(HttpStatusCode.OK, anonymous.Response.StatusCode);
        Assert.Contains("Sam invited you to their family circle", anonymous.Text, StringComparison.Ordinal);
        foreach (var marker in new[] { CircleName, EveryoneMarker, RestrictedMarker, ReplyMarker, PlanMarker })
        {
            Assert.DoesNotContain(marker, anonymous.Text, StringComparison.Ordinal);
        }

        Assert.NotNull(anonymous.Document.QuerySelector($"main a[href='/account/login?returnUrl={Uri.EscapeDataString(fixture.PendingInvitationPath)}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture[Visitor.Invited].GetAsync("/circles/invitations/not-a-real-token")).Response.StatusCode);
    }

    [Fact]
    public async Task The_checklist_is_the_curriculum_one_and_the_audit_names_the_removal()
    {
        var checklist = await fixture[Visitor.MemberOutsideAudience].GetAsync($"/circles/{fixture.CircleId}/checklist");
        Assert.True(checklist.Document.QuerySelectorAll("ul.checklist > li").Length >= 10);

        var audit = await fixture[Visitor.Owner].GetAsync($"/circles/{fixture.CircleId}/audit");
        Assert.Contains("Member removed: RemovedMember", HtmlPage.Collapse(audit.Text), StringComparison.Ordinal);
        Assert.Contains("Update audience set", audit.Text, StringComparison.Ordinal);
        Assert.Contains("Plan sharing changed", audit.Text, StringComparison.Ordinal);
    }

    private string PathOf(string page) => page switch
    {
        "list" => "/circles",
        "view" => $"/circles/{fixture.CircleId}",
        "update" => $"/circles/{fixture.CircleId}/updates/{fixture.RestrictedUpdateId}",
        "checklist" => $"/circles/{fixture.CircleId}/checklist",
        "plan" => $"/circles/{fixture.CircleId}/plan",
        "invitations" => $"/circles/{fixture.CircleId}/invitations",
        "people" => $"/circles/{fixture.CircleId}/people",
        "settings" => $"/circles/{fixture.CircleId}/settings",
        "leave" => $"/circles/{fixture.CircleId}/leave",
        "remove-member" => $"/circles/{fixture.CircleId}/people/{fixture.OutsideMemberId}/remove",
        "delete-update" => $"/circles/{fixture.CircleId}/updates/{fixture.RestrictedUpdateId}/delete",
        "delete-reply" => $"/circles/{fixture.CircleId}/updates/{fixture.RestrictedUpdateId}/replies/{fixture.ReplyId}/delete",
        "audit" => $"/circles/{fixture.CircleId}/audit",
        "unknown-circle" => "/circles/0000000000000000000000000a",
        "unknown-update" => $"/circles/{fixture.CircleId}/updates/0000000000000000000000000a",
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };
}
