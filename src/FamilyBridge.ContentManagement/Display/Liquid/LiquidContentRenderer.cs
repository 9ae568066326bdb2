using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// Renders an Orchard Liquid template for a content item through Fluid: <c>Model.ContentItem</c> as Orchard
/// exposes it (its properties, and its parts under <c>Content</c>), Orchard's common filters, output HTML-encoded
/// unless a filter returns sanitised HTML. Sandboxed: no file provider (no <c>include</c>/<c>render</c> of files),
/// no CLR member access beyond the dictionaries built here, and a bounded number of loop steps.
/// </summary>
public sealed partial class LiquidContentRenderer
{
    private static readonly FluidParser Parser = new OrchardLiquidParser();

    // Stored templates are parsed once per text, not once per page; an edit brings a new text (and a new entry).
    private const int MaxParsed = 256;

    private readonly TemplateOptions _options;
    private readonly ConcurrentDictionary<string, (IFluidTemplate? Template, string? Error)> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _missingShapes = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public LiquidContentRenderer(IMarkdownRenderer markdown, ILogger<LiquidContentRenderer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        _logger = logger ?? NullLogger<LiquidContentRenderer>.Instance;
        _options = new TemplateOptions { MaxSteps = 100_000, MaxRecursion = 20, FileProvider = new NullFileProvider() };
        _options.Filters.AddFilter("markdownify", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(markdown.ToSafeHtml(input.ToStringValue()), encode: false)));
        _options.Filters.AddFilter("sanitize_html", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(markdown.SanitizeHtml(input.ToStringValue()), encode: false)));
        _options.Filters.AddFilter("display_url", DisplayUrlAsync);
        _options.Filters.AddFilter("display_text", DisplayTextAsync);
        _options.Filters.AddFilter("asset_url", (input, _, _) =>
            new ValueTask<FluidValue>(new StringValue(input.IsNil() ? "" : "/media/" + input.ToStringValue().TrimStart('/'))));

        // Images are served as stored; Orchard's resizing query would only be ignored.
        _options.Filters.AddFilter("resize_url", (input, _, _) => new ValueTask<FluidValue>(input));
        _options.Filters.AddFilter("shape_build_display", (input, _, _) => new ValueTask<FluidValue>(input));
        _options.Filters.AddFilter("shape_render", ShapeRenderAsync);

        // FamilyBridge is written in one language; Orchard's t filter then gives the text back.
        _options.Filters.AddFilter("t", (input, _, _) => new ValueTask<FluidValue>(new StringValue(input.ToStringValue())));
    }

    /// <summary>Parses a template (Orchard's <c>zone</c> and <c>shape</c> tags included), or returns the parser's message.</summary>
    public static bool TryParse(string source, out IFluidTemplate? template, out string? error)
    {
        var parsed = Parser.TryParse(source, out var result, out var message);
        template = parsed ? result : null;
        error = parsed ? null : message;
        return parsed;
    }

    /// <summary>
    /// Null when the template parses; otherwise the parser's message led by the line and column it stopped at, for
    /// someone fixing the template by hand.
    /// </summary>
    public static string? DescribeParseError(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (TryParse(source, out _, out var error))
        {
            return null;
        }

        // Fluid's message reads "… was expected at (3:20)" and then repeats the source line.
        var match = PositionPattern().Match(error ?? "");
        return match.Success
            ? $"Line {match.Groups[1].Value}, column {match.Groups[2].Value}: {error![..match.Index].TrimEnd()}"
            : error ?? "The template could not be read.";
    }

    /// <summary><see cref="TryParse"/> with the result kept for the next call with the same text.</summary>
    public (IFluidTemplate? Template, string? Error) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_parsed.Count > MaxParsed)
        {
            _parsed.Clear();
        }

        return _parsed.GetOrAdd(source, s => TryParse(s, out var template, out var error) ? (template, null) : (null, error));
    }

    /// <param name="shapes">The stored templates a <c>{% shape %}</c> tag may draw (none when null).</param>
    /// <param name="depth">How many <c>shape</c> tags led here.</param>
    public async Task<string> RenderAsync(IFluidTemplate template, ContentItem item, IReadOnlyDictionary<string, string>? shapes = null, int depth = 0)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(item);
        var context = new TemplateContext(_options);
        context.SetValue("Model", new Dictionary<string, object?> { ["ContentItem"] = ContentItemModel(item.Document) });
        context.AmbientValues[LiquidShapeScope.Key] = new LiquidShapeScope(this, shapes ?? new Dictionary<string, string>(), item, depth);
        return await template.RenderAsync(context, HtmlEncoder.Default);
    }

    /// <summary>A <c>shape</c> tag named a shape this site cannot draw: said once per name, not once per page.</summary>
    internal void NoteMissingShape(string name)
    {
        if (_missingShapes.Count < MaxParsed && _missingShapes.TryAdd(name, true))
        {
            LogMissingShape(_logger, name);
        }
    }

    // Orchard's ContentItem in Liquid: ContentItemId, ContentType, DisplayText… and Content.{Part}.{Property}.
    private static Dictionary<string, object?> ContentItemModel(JsonObject document)
    {
        var model = (Dictionary<string, object?>)ToModel(document)!;
        model["Content"] = ToModel(document);
        return model;
    }

    private static object? ToModel(JsonNode? node) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToModel(p.Value), StringComparer.Ordinal),
        JsonArray array => array.Select(ToModel).ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        _ => null,
    };

    // Orchard's display_url: the item's AutoroutePart path as a site-relative URL.
    private static async ValueTask<FluidValue> DisplayUrlAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var route = await input.GetValueAsync("AutoroutePart", context);
        var path = (await route.GetValueAsync("Path", context)).ToStringValue();
        return new StringValue(string.IsNullOrEmpty(path) ? "#" : "/" + path.TrimStart('/'));
    }

    private static async ValueTask<FluidValue> ShapeRenderAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        context.AmbientValues.TryGetValue(LiquidShapeScope.Key, out var scope) && scope is LiquidShapeScope shapes
            ? new StringValue(await shapes.RenderItemAsync(input), encode: false)
            : StringValue.Empty;

    // Orchard's display_text: the item's DisplayText.
    private static async ValueTask<FluidValue> DisplayTextAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        await input.GetValueAsync("DisplayText", context);

    [LoggerMessage(Level = LogLevel.Information, Message = "A Liquid shape tag names '{Name}', which has no template here; it draws nothing")]
    private static partial void LogMissingShape(ILogger logger, string name);

    [GeneratedRegex(@"\s+at \((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}
