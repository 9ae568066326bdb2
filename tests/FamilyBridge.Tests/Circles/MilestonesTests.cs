using FamilyBridge.Circles.Services;

namespace FamilyBridge.Tests.Circles;

public sealed class MilestonesTests
{
    [Fact]
    public void First_year_milestones_then_every_anniversary_including_leap_years()
    {
        var start = new DateOnly(2027, 3, 1);

        // 2028 is a leap year: the second anniversary (2029-03-01) is 731 days in.
        var reached = Milestones.Reached(start, new DateOnly(2030, 3, 1));

        Assert.Equal([1, 7, 30, 60, 90, 180, 365, 731, 1096], reached);
        Assert.Equal("2 years", Milestones.Label(731, start));
        Assert.Equal("1 year", Milestones.Label(365, start));
        Assert.Equal("1 day", Milestones.Label(1, start));
        Assert.Equal("90 days", Milestones.Label(90, start));
    }

    [Fact]
    public void Nothing_is_reached_on_the_start_day_or_before_it()
    {
        var start = new DateOnly(2026, 5, 10);

        Assert.Empty(Milestones.Reached(start, start));
        Assert.Empty(Milestones.Reached(start, start.AddDays(-3)));
        Assert.Equal(0, Milestones.DaysBetween(start, start.AddDays(-3)));
        Assert.Equal([1], Milestones.Reached(start, start.AddDays(6)));
        Assert.Equal([1, 7], Milestones.Reached(start, start.AddDays(7)));
    }
}
