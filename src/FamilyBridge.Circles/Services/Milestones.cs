namespace FamilyBridge.Circles.Services;

/// <summary>Counter milestones: 1, 7, 30, 60, 90, 180 and 365 days, then every anniversary of the start date.</summary>
public static class Milestones
{
    private static readonly int[] FirstYear = [1, 7, 30, 60, 90, 180, 365];

    /// <summary>Whole days from <paramref name="start"/> to <paramref name="today"/>; 0 on the start day or before it.</summary>
    public static int DaysBetween(DateOnly start, DateOnly today) => Math.Max(0, today.DayNumber - start.DayNumber);

    /// <summary>Every milestone reached by <paramref name="lastDay"/> in a run that began on <paramref name="start"/>, in order, as day counts.</summary>
    public static IReadOnlyList<int> Reached(DateOnly start, DateOnly lastDay)
    {
        var days = DaysBetween(start, lastDay);
        var reached = FirstYear.Where(m => m <= days).ToList();
        for (var year = 2; ; year++)
        {
            var anniversary = DaysBetween(start, start.AddYears(year));
            if (anniversary > days)
            {
                break;
            }

            reached.Add(anniversary);
        }

        return reached;
    }

    /// <summary>The first milestone still ahead of a run that began on <paramref name="start"/>, as a day count.</summary>
    public static int Next(DateOnly start, DateOnly today)
    {
        var days = DaysBetween(start, today);
        var ahead = FirstYear.FirstOrDefault(m => m > days);
        if (ahead > 0)
        {
            return ahead;
        }

        for (var year = 2; ; year++)
        {
            var anniversary = DaysBetween(start, start.AddYears(year));
            if (anniversary > days)
            {
                return anniversary;
            }
        }
    }

    /// <summary>
    /// "1 day", "30 days", "1 year", "2 years" (anniversaries past the first year fall on the start date), in the
    /// current UI culture ("30 días").
    /// </summary>
    public static string Label(int days, DateOnly start) => Span(days, start) switch
    {
        (1, false) => CirclesWords.Get("1 day"),
        (var n, false) => CirclesWords.Format("{0} days", n),
        (1, true) => CirclesWords.Get("1 year"),
        (var n, true) => CirclesWords.Format("{0} years", n),
    };

    private static (int Count, bool Years) Span(int days, DateOnly start)
    {
        if (days < 365)
        {
            return (days, false);
        }

        if (days == 365)
        {
            return (1, true);
        }

        for (var year = 2; year < 200; year++)
        {
            if (DaysBetween(start, start.AddYears(year)) == days)
            {
                return (year, true);
            }
        }

        return (days, false);
    }
}
