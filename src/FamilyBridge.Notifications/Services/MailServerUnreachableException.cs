namespace FamilyBridge.Notifications.Services;

/// <summary>The mail server could not be reached or would not start a session: not the fault of any one message.</summary>
public sealed class MailServerUnreachableException : Exception
{
    public MailServerUnreachableException()
    {
    }

    public MailServerUnreachableException(string message)
        : base(message)
    {
    }

    public MailServerUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
