namespace FamilyBridge.Core.CommandLine;

/// <summary>Bad input to a command: the message is for the person at the terminal, printed without a stack trace.</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException()
    {
    }

    public CommandLineException(string message)
        : base(message)
    {
    }

    public CommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
