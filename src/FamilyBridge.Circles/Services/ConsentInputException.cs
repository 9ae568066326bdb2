namespace FamilyBridge.Circles.Services;

/// <summary>The owner's consent form has mistakes: each names its field, so the page can point at it and keep what was typed.</summary>
public sealed class ConsentInputException : Exception
{
    public ConsentInputException()
    {
    }

    public ConsentInputException(string message)
        : base(message)
    {
        Errors = [(null, message)];
    }

    public ConsentInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [(null, message)];
    }

    public ConsentInputException(IReadOnlyList<(string? Field, string Message)> errors)
        : base(errors is [var first, ..] ? first.Message : "The form has mistakes.")
    {
        Errors = errors;
    }

    /// <summary>Field names are <see cref="Models.ConsentGrantInput"/> property names; null for the form as a whole.</summary>
    public IReadOnlyList<(string? Field, string Message)> Errors { get; } = [];
}
