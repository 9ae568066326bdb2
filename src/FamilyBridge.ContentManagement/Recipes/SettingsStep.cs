using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Orchard's <c>Settings</c> step: every key but <c>name</c> is merged into the site settings.</summary>
public sealed class SettingsStep(ISiteSettingsService siteSettings) : IRecipeStepHandler
{
    public string StepName => "Settings";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var values = new JsonObject();
        foreach (var (key, value) in context.Step.Where(p => !p.Key.Equals("name", StringComparison.OrdinalIgnoreCase)))
        {
            values[key] = value?.DeepClone();
        }

        await siteSettings.MergeAsync(values, cancellationToken);
        context.Messages.Add($"site settings: {string.Join(", ", values.Select(p => p.Key))}");
    }
}
