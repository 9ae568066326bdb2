namespace FamilyBridge.Backup.Services;

/// <summary>A backup or restore that cannot go on; the message says what is wrong and what to do, for an operator.</summary>
public sealed class BackupException : Exception
{
    public BackupException()
    {
    }

    public BackupException(string message)
        : base(message)
    {
    }

    public BackupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
