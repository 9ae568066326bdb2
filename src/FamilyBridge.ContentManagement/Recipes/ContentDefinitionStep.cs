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
            // Orchard refuses a part record without PartName (its RecipeExecutorTests' recipe6) rather than guess it.
            foreach (var part in StepJson.Objects(type, "ContentTypePartDefinitionRecords"))
            {
                if (string.IsNullOrWhiteSpace(RecipeReader.String(StepJson.Get(part, "PartName"))))
                {
                    throw new RecipeException(
                        $"{StepJson.Where(context)}: Unable to add content-part to the '{RecipeReader.String(StepJson.Get(type, "Name"))}' content-type. "
                        + "The part name cannot be null or empty.");
                }
            }

            await definitions.MergeTypeDefinitionAsync(type, cancellationToken);
        }

        foreach (var part in parts)
        {
            await definitions.MergePartDefinitionAsync(part, cancellationToken);
        }

        context.Messages.Add($"{types.Count} content types, {parts.Count} content parts");
    }
}
