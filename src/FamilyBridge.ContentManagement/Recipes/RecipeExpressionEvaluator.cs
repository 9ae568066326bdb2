using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FamilyBridge.ContentManagement.Services;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Evaluates the recipe expressions Orchard recipes use, without a JavaScript engine: <c>[js: uuid()]</c>,
/// <c>[js: variables('x')]</c>, <c>[js: parameters('SiteName')]</c>, <c>[js: configuration('k', 'default')]</c>
/// and <c>[file: text('relative/path')]</c>. Anything else is an error naming where it was found.
/// </summary>
internal sealed partial class RecipeExpressionEvaluator(
    RecipeDescriptor recipe,
    string instanceId,
    IConfiguration configuration)
{
    private const string Supported =
        "Supported: uuid(), variables('name'), parameters('name'), configuration('key', 'default'), file:text('path').";

    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly Dictionary<string, string> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);
    private JsonObject _parameters = [];

    /// <summary>A copy of the step with every expression replaced by its value.</summary>
    public JsonObject EvaluateStep(JsonObject step, int stepIndex, string stepName, JsonObject siteSettings)
    {
        _parameters = siteSettings;
        var where = $"Recipe '{recipe.Name}' step {stepIndex + 1} ({stepName})";
        return (JsonObject)Evaluate(step, $"steps[{stepIndex}]", "", where)!;
    }

    private JsonNode? Evaluate(JsonNode? node, string seedPrefix, string path, string where) => node switch
    {
        JsonObject obj => new JsonObject(
            obj.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value, seedPrefix, Join(path, p.Key), where))),
            NodeOptions),
        JsonArray array => new JsonArray(
            [.. array.Select((child, i) => Evaluate(child, seedPrefix, $"{path}[{i}]", where))]),
        JsonValue value when value.TryGetValue<string>(out var text) => JsonValue.Create(EvaluateString(text, seedPrefix, path, where)),
        _ => node?.DeepClone(),
    };

    private string EvaluateString(string text, string seedPrefix, string path, string where)
    {
        var occurrence = 0;
        return ExpressionPattern().Replace(text, match =>
        {
            var scope = match.Groups["scope"].Value.ToLowerInvariant();
            var body = match.Groups["body"].Value;
            var call = CallPattern().Match(body);
            if (!call.Success)
            {
                throw Unsupported(match.Value, path, where);
            }

            var function = call.Groups["fn"].Value;
            var args = call.Groups["arg"].Captures.Select(c => c.Value[1..^1]).ToList();
            return (scope, function, args.Count) switch
            {
                ("js", "uuid", 0) => ContentIds.FromSeed($"{instanceId}|{recipe.Name}|{seedPrefix}.{path}#{occurrence++}"),
                ("js", "variables", 1) => Variable(args[0], where),
                ("js", "parameters", 1) => Parameter(args[0]),
                ("js", "configuration", 1 or 2) => configuration[args[0]] ?? (args.Count == 2 ? args[1] : ""),
                ("file", "text", 1) => FileText(args[0], path, where),
                _ => throw Unsupported(match.Value, path, where),
            };
        });
    }

    private string Variable(string name, string where)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = recipe.Variables.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        if (definition.Key is null)
        {
            throw new RecipeException($"{where}: the variable '{name}' is not defined in the recipe's \"variables\".");
        }

        if (!_evaluating.Add(name))
        {
            throw new RecipeException($"Recipe '{recipe.Name}': the variable '{name}' refers to itself.");
        }

        // Orchard evaluates a variable once, on first use, and reuses the value in every step.
        var evaluated = Evaluate(definition.Value, "variables", definition.Key, $"Recipe '{recipe.Name}' variables");
        _evaluating.Remove(name);
        value = evaluated switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            null => "",
            _ => evaluated.ToJsonString(),
        };
        _variables[name] = value;
        return value;
    }

    private string Parameter(string name)
    {
        var value = _parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonValue v => v.ToJsonString(),
            _ => "",
        };
    }

    private string FileText(string relativePath, string path, string where)
    {
        var folder = Path.GetDirectoryName(recipe.FilePath) ?? ".";
        var file = Path.GetFullPath(Path.Combine(folder, relativePath));
        if (!File.Exists(file))
        {
            throw new RecipeException($"{where}: file '{relativePath}' named at {path} was not found beside the recipe.");
        }

        return File.ReadAllText(file, Encoding.UTF8);
    }

    private static RecipeException Unsupported(string expression, string path, string where) =>
        new($"{where}: unsupported expression {expression} at {(path.Length == 0 ? "the step" : path)}. {Supported}");

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    [GeneratedRegex(@"\[\s*(?<scope>js|file)\s*:(?<body>[^\]]*)\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^\s*(?<fn>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(?:(?<arg>'[^']*'|""[^""]*"")(?:\s*,\s*(?<arg>'[^']*'|""[^""]*""))*)?\s*\)\s*;?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CallPattern();
}
