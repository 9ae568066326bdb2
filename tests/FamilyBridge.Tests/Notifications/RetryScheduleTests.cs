using FamilyBridge.Notifications.Services;

namespace FamilyBridge.Tests.Notifications;

/// <summary>Pure arithmetic of the back-off: doubling, a ceiling, and jitter between half and all of the wait.</summary>
public sealed class RetryScheduleTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(2);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(8, 3840)]
    [InlineData(9, 7200)]
    [InlineData(40, 7200)]
    public void The_wait_doubles_with_each_failure_up_to_the_ceiling(int failures, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.Delay(failures, Base, Max, jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(seconds / 2.0), RetrySchedule.Delay(failures, Base, Max, jitter: 0));
    }

    [Fact]
    public void Jitter_spreads_waits_between_half_and_all_of_the_figure()
    {
        var waits = Enumerable.Range(0, 200).Select(_ => RetrySchedule.Delay(3, Base, Max, Random.Shared.NextDouble())).ToList();

        Assert.All(waits, w => Assert.InRange(w, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(120)));
        Assert.True(waits.Distinct().Count() > 100, "Waits drawn with jitter should rarely repeat.");
    }
}
