namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Applies one kind of recipe step, like an Orchard <c>IRecipeStepHandler</c>. Modules register their own
/// (Accounts handles <c>Roles</c>); a step no handler claims is reported and skipped.
/// </summary>
public interface IRecipeStepHandler
{
    /// <summary>The step name this handler applies, compared case-insensitively ("ContentDefinition", "Roles").</summary>
    string StepName { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
