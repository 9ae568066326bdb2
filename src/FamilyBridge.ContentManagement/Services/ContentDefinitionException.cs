namespace FamilyBridge.ContentManagement.Services;

/// <summary>A definition change was refused; the message says why in words an administrator can act on.</summary>
public sealed class ContentDefinitionException : Exception
{
    public ContentDefinitionException()
    {
    }

    public ContentDefinitionException(string message)
        : base(message)
    {
    }

    public ContentDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
