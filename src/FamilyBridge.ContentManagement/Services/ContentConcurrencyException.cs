namespace FamilyBridge.ContentManagement.Services;

/// <summary>Someone saved the item after this editor opened it; their change would be lost by saving over it.</summary>
public sealed class ContentConcurrencyException : Exception
{
    public ContentConcurrencyException()
        : base("This item was changed by someone else after you opened it. Reload it to see their changes.")
    {
    }

    public ContentConcurrencyException(string message)
        : base(message)
    {
    }

    public ContentConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
