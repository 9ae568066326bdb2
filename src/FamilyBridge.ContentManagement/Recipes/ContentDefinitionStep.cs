using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Orchard's <c>ContentDefinition</c> step: <c>ContentTypes</c> and <c>ContentParts</c>, merged into what exists.</summary>
public sealed class ContentDefinitionStep(IContentDefinitionManager definitions) : IRecipeStepHandler
{
    public string StepName => "ContentDefinition";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var types = StepJson.Objects(context.Step, "ContentTypes").ToList();
        var parts = StepJson.Objects(context.Step, "ContentParts").ToList();
        foreach (var type in types)
        {
            await definitions.MergeTypeDefinitionAsync(type, cancellationToken);
        }

        foreach (var part in parts)
        {
            await definitions.MergePartDefinitionAsync(part, cancellationToken);
        }

        context.Messages.Add($"{types.Count} content types, {parts.Count} content parts");
    }
}
