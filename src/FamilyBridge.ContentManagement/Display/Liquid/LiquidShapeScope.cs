using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// What a <c>{% shape %}</c> tag may draw while one template renders: the stored templates by shape name, for the
/// same item, a few levels deep at most (a template naming itself stops there rather than looping).
/// </summary>
internal sealed class LiquidShapeScope(
    LiquidContentRenderer renderer, IReadOnlyDictionary<string, string> templates, ContentItem item, int depth)
{
    public const string Key = "FamilyBridge.Shapes";

    private const int MaxDepth = 4;

    public async Task<string> RenderAsync(string name)
    {
        var shapeName = LiquidTemplateNames.ToShapeName(name);
        if (shapeName is null || depth >= MaxDepth || !templates.TryGetValue(shapeName, out var source)
            || renderer.Parse(source) is not { Template: { } template })
        {
            renderer.NoteMissingShape(name);
            return "";
        }

        return await renderer.RenderAsync(template, item, templates, depth + 1);
    }
}
