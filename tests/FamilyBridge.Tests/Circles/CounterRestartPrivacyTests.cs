using System.Globalization;
using System.Net;

namespace FamilyBridge.Tests.Circles;

/// <summary>
/// A restart of the counter is news only for the people the owner chose to tell (issue 16, finding 1), and every
/// circle form checks whose circle it is before it looks at what was posted.
/// </summary>
public sealed class CounterRestartPrivacyTests(CirclePrivacyFixture fixture) : IClassFixture<CirclePrivacyFixture>
{
    // The counter counts days in the owner's time zone (the fixture's circle is in Chicago).
    private static readonly DateOnly Today = DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "America/Chicago"));
    private static readonly DateOnly FirstStart = Today.AddDays(-100);
    private static readonly DateOnly Restart = Today.AddDays(-2);

    [Fact]
    public async Task A_member_outside_the_restarts_audience_sees_neither_the_new_date_nor_the_history()
    {
        var owner = fixture[Visitor.Owner];
        var ids = await fixture.UserIdsAsync();
        var path = $"/circles/{fixture.CircleId}";
        var settings = $"{path}/settings";
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(settings, new Dictionary<string, string>
        {
            ["startDate"] = FirstStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, "form[action*='handler=Restart']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SubmitAsync(settings, new Dictionary<string, string>
        {
            ["startDate"] = Restart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["AudienceAll"] = "false",
            ["AudienceUserIds"] = ids[Visitor.MemberInAudience],
        }, "form[action*='handler=Restart']")).StatusCode);

        var told = await fixture[Visitor.MemberInAudience].GetAsync(path);
        Assert.Contains($"Counting from {Long(Restart)}", told.Text, StringComparison.Ordinal);
        Assert.Contains($"{Short(FirstStart)} to {Short(Restart.AddDays(-1))}", told.Text, StringComparison.Ordinal);

        var notTold = await fixture[Visitor.MemberOutsideAudience].GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, notTold.Response.StatusCode);
        Assert.Contains($"Counting from {Long(FirstStart)}", notTold.Text, StringComparison.Ordinal);
        Assert.Equal(["Sam's days in recovery"], notTold.Texts("#counter-heading"));
        Assert.Equal(["100"], notTold.Texts(".counter-number"));
        Assert.DoesNotContain(Long(Restart), notTold.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Short(Restart.AddDays(-1)), notTold.Text, StringComparison.Ordinal);
        Assert.Null(notTold.Document.QuerySelector("#history-heading"));
    }

    [Theory]
    [InlineData(Visitor.Stranger)]
    [InlineData(Visitor.MemberOutsideAudience)]
    [InlineData(Visitor.RemovedMember)]
    [InlineData(Visitor.SiteAdministrator)]
    public async Task A_restart_without_a_date_by_anyone_but_the_owner_is_404(Visitor visitor)
    {
        var reader = fixture[visitor];
        var own = await reader.GetAsync("/circles");
        var token = own.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var circle in new[] { fixture.CircleId, "0000000000000000000000000a" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["audienceAll"] = "true" });
            var response = await reader.Client.PostAsync(new Uri($"/circles/{circle}/settings?handler=Restart", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    private static string Short(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);
}
