namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Orchard's <c>themes</c> step: FamilyBridge has one built-in theme, so the choice is acknowledged.</summary>
public sealed class ThemesStep : IRecipeStepHandler
{
    public string StepName => "themes";

    public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var site = RecipeReader.String(StepJson.Get(context.Step, "site"));
        var admin = RecipeReader.String(StepJson.Get(context.Step, "admin"));
        context.Messages.Add($"acknowledged: FamilyBridge uses its built-in theme (recipe asks for site '{site}', admin '{admin}')");
        return Task.CompletedTask;
    }
}
