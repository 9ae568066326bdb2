namespace FamilyBridge.Circles.Services;

/// <summary>A request the person may make but that breaks a rule (a full circle, an expired link); the message is shown to them.</summary>
public sealed class CircleRuleException : Exception
{
    public CircleRuleException()
    {
    }

    public CircleRuleException(string message)
        : base(message)
    {
    }

    public CircleRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
