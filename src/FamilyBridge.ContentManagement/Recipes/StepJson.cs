using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>Case-insensitive reads of step bodies, as Orchard binds them.</summary>
internal static class StepJson
{
    public static JsonNode? Get(JsonObject step, string key) =>
        step.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    public static IEnumerable<JsonObject> Objects(JsonObject step, string key) =>
        Get(step, key) is JsonArray array ? array.OfType<JsonObject>() : [];

    public static IEnumerable<string> Strings(JsonObject step, string key) =>
        Get(step, key) is JsonArray array ? array.Select(RecipeReader.String).OfType<string>() : [];

    public static string Where(RecipeStepContext context) =>
        RecipeWhere.Step(context.RecipeFilePath, context.RecipeName, context.StepIndex, context.StepName);
}
