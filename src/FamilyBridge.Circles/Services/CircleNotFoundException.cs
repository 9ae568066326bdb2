namespace FamilyBridge.Circles.Services;

/// <summary>
/// The circle, update, invitation or page is not visible to this person. Pages answer 404 for it, never 403:
/// whether something exists is itself private.
/// </summary>
public sealed class CircleNotFoundException : Exception
{
    public CircleNotFoundException()
        : base("Not found.")
    {
    }

    public CircleNotFoundException(string message)
        : base(message)
    {
    }

    public CircleNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
