using System.Data.Common;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>One import in progress: its transaction, what it reported, and what waits for the commit.</summary>
internal sealed class RecipeExecution
{
    public required DbConnection Connection { get; init; }

    public required DbTransaction Transaction { get; init; }

    public required string InstanceId { get; init; }

    public required RecipeLimits Limits { get; init; }

    /// <summary>Runs a (nested) recipe inside this execution; set by <see cref="RecipeImporter"/>.</summary>
    public Func<RecipeDescriptor, CancellationToken, Task> RunRecipeAsync { get; set; } = (_, _) => Task.CompletedTask;

    public List<string> Lines { get; } = [];

    public List<string> SkippedSteps { get; } = [];

    public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];

    /// <summary>Recipe files already read while looking one up by name, by full path.</summary>
    public Dictionary<string, RecipeDescriptor> ReadRecipes { get; } = new(StringComparer.Ordinal);

    /// <summary>Recipes being run, outermost first, to refuse a recipe that runs itself.</summary>
    public Stack<string> Running { get; } = new();
}
