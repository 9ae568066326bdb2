using System.Globalization;

namespace FamilyBridge.Core.Localization;

/// <summary>Dates as a reader of the current culture writes them: "November 24, 2026", "24 de noviembre de 2026".</summary>
public static class CultureDates
{
    public static string LongDate(DateTimeOffset value) => LongDate(value.DateTime);

    public static string LongDate(DateTime value)
    {
        var culture = CultureInfo.CurrentCulture;
        // .NET's long date pattern starts with the weekday in Spanish ("martes, 24 de …"), which reads as noise.
        var pattern = culture.TwoLetterISOLanguageName == "es" ? "d 'de' MMMM 'de' yyyy" : "MMMM d, yyyy";
        return value.ToString(pattern, culture);
    }

    public static string DateAndTime(DateTimeOffset value)
    {
        var culture = CultureInfo.CurrentCulture;
        var time = value.ToString(culture.TwoLetterISOLanguageName == "es" ? "H:mm" : "h:mm tt", culture);
        return culture.TwoLetterISOLanguageName == "es" ? $"{LongDate(value)}, {time}" : $"{LongDate(value)} at {time}";
    }
}
