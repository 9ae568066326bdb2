namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Orchard's <c>recipes</c> step: <c>"values": [{ "executionid": "…", "name": "…" }]</c> runs other recipes by
/// name, inside the same transaction.
/// </summary>
public sealed class RecipesStep : IRecipeStepHandler
{
    public string StepName => "recipes";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var execution = context.Execution
            ?? throw new InvalidOperationException("The recipes step runs only inside an import.");
        foreach (var value in StepJson.Objects(context.Step, "values"))
        {
            var name = RecipeReader.String(StepJson.Get(value, "name"));
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"{StepJson.Where(context)}: each value needs the \"name\" of a recipe to run.");
            }

            var recipe = await RecipeLocator.FindAsync(name, context.RecipeFilePath, execution.ReadRecipes, execution.Limits, cancellationToken)
                ?? throw new RecipeException(
                    $"{StepJson.Where(context)}: no recipe named '{name}' was found in "
                    + $"{string.Join(" or ", RecipeLocator.SearchFolders(context.RecipeFilePath))}.");
            await execution.RunRecipeAsync(recipe, cancellationToken);
            context.Messages.Add($"ran recipe '{recipe.Name}'");
        }
    }
}
