using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Orchard steps FamilyBridge keeps as they came: <c>layers</c> (which widgets show where, not acted on yet) and
/// <c>Templates</c> (Liquid templates by shape name, which <c>StoredLiquidTemplates</c> reads and edits). The step is stored as it came, merged into an earlier
/// one of the same name like any setting, and the export writes it back as its own step so nothing is lost on the
/// way to Orchard.
/// </summary>
public sealed class KeptStep(string stepName, ISiteSettingsService siteSettings) : IRecipeStepHandler
{
    /// <summary>The site-settings key the kept steps live under (left out of the export's Settings step).</summary>
    public const string SettingsKey = "OrchardRecipeSteps";

    public static readonly IReadOnlyList<string> Names = ["layers", "Templates"];

    public string StepName => stepName;

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kept = (JsonObject)context.Step.DeepClone();
        kept["name"] = stepName;

        await siteSettings.MergeAsync(new JsonObject { [SettingsKey] = new JsonObject { [stepName] = kept } }, cancellationToken);
        context.Messages.Add(stepName == "Templates"
            ? $"kept ({kept.Count - 1} keys); its Liquid templates draw items by Orchard's names (see /admin/templates)"
            : $"kept as data ({kept.Count - 1} keys); FamilyBridge does not act on {stepName} yet");
    }
}
