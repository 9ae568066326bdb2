using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Editor.Services;

/// <summary>
/// The start of an automatic web address, read from the type's Autoroute pattern: the module's path for a lesson
/// (Orchard's pattern uses the container), or the pattern's literal start such as "resources/".
/// </summary>
public sealed class ContentPaths(IContentDefinitionManager definitions, IContentManager content)
{
    public async Task<string> AutomaticPrefixAsync(string contentType, string? containerId, CancellationToken cancellationToken = default)
    {
        var type = await definitions.GetTypeDefinitionAsync(contentType, cancellationToken);
        var pattern = (type?.Parts.FirstOrDefault(p => p.PartName == "AutoroutePart")?.Settings["AutoroutePartSettings"] as JsonObject)?["Pattern"]?.ToString() ?? "";
        if (pattern.Contains("ListContentItemId", StringComparison.Ordinal) && !string.IsNullOrEmpty(containerId))
        {
            var container = await content.GetAsync(containerId, VersionOptions.Latest, cancellationToken);
            return container?.Path is { Length: > 0 } path ? path + "/" : "";
        }

        var literal = pattern.Split("{", 2)[0];
        return ContentFormValidator.IsValidPath(literal) ? literal.TrimStart('/') : "";
    }
}
