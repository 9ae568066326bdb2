using System.Globalization;
using System.Resources;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// The email frame's words in one language. Emails are written for their recipient, often outside any request
/// (a background job, another person's action), so the language is passed in rather than read from the request.
/// </summary>
internal readonly struct EmailText(CultureInfo culture)
{
    private static readonly ResourceManager Resources =
        new("FamilyBridge.Notifications.Resources.NotificationsText", typeof(NotificationsText).Assembly);

    public CultureInfo Culture => culture;

    public string this[string key] => Resources.GetString(key, culture) ?? key;

    public string this[string key, params object[] arguments] => string.Format(culture, this[key], arguments);
}
