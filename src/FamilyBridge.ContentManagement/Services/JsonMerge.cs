using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Services;

/// <summary>Orchard's settings merge: objects merge key by key, everything else (arrays included) is replaced.</summary>
internal static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            var existingKey = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;
            if (value is JsonObject sourceObject && target[existingKey] is JsonObject targetObject)
            {
                Into(targetObject, sourceObject);
            }
            else
            {
                target[existingKey] = value?.DeepClone();
            }
        }
    }
}
