namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>A recipe could not be imported. The message is the one line a person reads to fix the file.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException()
    {
    }

    public RecipeException(string message)
        : base(message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
