namespace FamilyBridge.Circles.Services;

/// <summary>The consent history's action names, and the plain words the owner reads for each.</summary>
public static class ConsentActions
{
    public const string Granted = "granted";
    public const string ConfirmationSent = "confirmation.sent";
    public const string Confirmed = "confirmed";
    public const string Changed = "changed";
    public const string Unsubscribed = "unsubscribed";
    public const string Revoked = "revoked";
    public const string Expired = "expired";
    public const string Ended = "ended";
    public const string ReminderSent = "reminder.sent";

    public static string Describe(string action) => action switch
    {
        Granted => "Sharing set up",
        ConfirmationSent => "Confirmation email sent",
        Confirmed => "Confirmed by the person",
        Changed => "Sharing changed",
        Unsubscribed => "Stopped by the person (unsubscribed)",
        Revoked => "Stopped by you",
        Expired => "Ended on its end date",
        Ended => "Ended: no longer in the circle",
        ReminderSent => "Reminder sent to you",
        _ => action,
    };
}
