using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Notifications.NotificationsText))]

namespace FamilyBridge.Notifications;

/// <summary>
/// The Notifications module's interface text (the email frame, the mail queue page): Resources/NotificationsText.resx
/// (English) and Resources/NotificationsText.es.resx.
/// </summary>
public sealed class NotificationsText;
