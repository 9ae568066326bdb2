namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Exponential back-off with jitter: the wait doubles with each failure up to a ceiling, and each wait is drawn
/// between half and all of that figure so many messages failing together do not all return at the same moment.
/// </summary>
public static class RetrySchedule
{
    /// <param name="failures">Failures so far (1 after the first).</param>
    /// <param name="jitter">A number in [0, 1); tests pass a fixed one.</param>
    public static TimeSpan Delay(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
