using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Orchard's <c>feature</c> step. FamilyBridge has its features built in, so enabling is acknowledged; the content
/// types an Orchard feature creates in its own migrations (the Menu feature's <c>Menu</c>) are defined so the
/// recipe's items of those types import.
/// </summary>
public sealed class FeatureStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string StepName => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enable = StepJson.Strings(context.Step, "enable").ToList();
        var disable = StepJson.Strings(context.Step, "disable").ToList();
        var defined = new List<string>();
        foreach (var feature in enable)
        {
            foreach (var type in OrchardFeatureTypes.For(feature))
            {
                var name = RecipeReader.String(type["Name"])!;
                if (await definitions.GetTypeDefinitionAsync(name, cancellationToken) is null)
                {
                    await definitions.MergeTypeDefinitionAsync(type, cancellationToken);
                    defined.Add(name);
                }
            }
        }

        context.Messages.Add($"acknowledged: FamilyBridge has its features built in ({enable.Count} to enable, {disable.Count} to disable)");
        if (defined.Count > 0)
        {
            context.Messages.Add($"content types the enabled features bring: {string.Join(", ", defined)}");
        }
    }
}
