using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Models;
using Fluid;
using Fluid.Values;

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

    /// <summary>
    /// Orchard's <c>item | shape_build_display | shape_render</c> for a widget or contained item the template holds:
    /// its <c>Widget-{Type}</c> template, else its <c>Content-{Type}</c> one, drawn for that item; else nothing.
    /// </summary>
    public async Task<string> RenderItemAsync(FluidValue model)
    {
        if (depth >= MaxDepth || ToJson(model, 0) is not JsonObject document
            || document["ContentType"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var type))
        {
            return "";
        }

        foreach (var shapeName in new[] { $"Widget__{type}", $"Content__{type}" })
        {
            if (templates.TryGetValue(shapeName, out var source) && renderer.Parse(source) is { Template: { } template })
            {
                return await renderer.RenderAsync(template, new ContentItem(document), templates, depth + 1);
            }
        }

        renderer.NoteMissingShape($"Widget__{type}");
        return "";
    }

    // The template holds the item as Fluid values (built from its JSON); the shape is drawn from the same data.
    private static JsonNode? ToJson(FluidValue value, int level)
    {
        if (level > 32)
        {
            return null;
        }

        switch (value)
        {
            case DictionaryValue when value.ToObjectValue() is IFluidIndexable indexable:
                var obj = new JsonObject();
                foreach (var key in indexable.Keys)
                {
                    obj[key] = indexable.TryGetValue(key, out var child) ? ToJson(child, level + 1) : null;
                }

                return obj;
            case ArrayValue array:
                return new JsonArray([.. array.Values.Select(v => ToJson(v, level + 1))]);
            case StringValue:
                return JsonValue.Create(value.ToStringValue());
            case BooleanValue:
                return JsonValue.Create(value.ToBooleanValue());
            case NumberValue:
                return JsonValue.Create(value.ToNumberValue());
            default:
                return null;
        }
    }
}
