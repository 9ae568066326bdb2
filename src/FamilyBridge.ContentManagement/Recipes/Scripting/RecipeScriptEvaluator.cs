using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes.Scripting;

/// <summary>
/// Replaces recipe expressions in a step as Orchard's <c>RecipeExecutor.EvaluateJsonTree</c> does: a string value
/// that is wholly <c>[prefix: script]</c> (prefix made of letters) is evaluated, again while the result is another
/// expression; <c>js</c> scripts run in Jint, <c>file</c> scripts read beside the recipe, other prefixes give the
/// text between the brackets. Text merely containing brackets ("[locale en]…[/locale]") is left alone.
/// </summary>
internal sealed class RecipeScriptEvaluator
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private readonly RecipeDescriptor _recipe;
    private readonly RecipeLimits _limits;
    private readonly RecipeScriptHost _host;
    private readonly Dictionary<string, string> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _evaluating = new(StringComparer.OrdinalIgnoreCase);
    private string _where = "";
    private string _seedPrefix = "";
    private long _totalChars;

    public RecipeScriptEvaluator(RecipeDescriptor recipe, string instanceId, IConfiguration configuration, RecipeLimits limits)
    {
        _recipe = recipe;
        _limits = limits;
        _host = new RecipeScriptHost(recipe, instanceId, configuration, limits, Variable);
    }

    /// <summary>A copy of the step with every expression replaced by its value.</summary>
    public JsonObject EvaluateStep(JsonObject step, int stepIndex, string where, JsonObject parameters)
    {
        _host.Parameters = parameters;
        _where = where;
        _seedPrefix = $"steps[{stepIndex}]";
        return (JsonObject)Copy(step, "")!;
    }

    private JsonNode? Copy(JsonNode? node, string path) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Copy(p.Value, Join(path, p.Key)))), NodeOptions),
        JsonArray array => new JsonArray([.. array.Select((child, i) => Copy(child, $"{path}[{i}]"))]),
        JsonValue value when value.TryGetValue<string>(out var text) && IsExpression(text) =>
            JsonValue.Create(Evaluate(text, $"{_seedPrefix}.{path}", $"{_where}, {RecipeWhere.Field(path)}")),
        _ => node?.DeepClone(),
    };

    private string Evaluate(string value, string seed, string where)
    {
        var rounds = 0;
        while (IsExpression(value))
        {
            if (++rounds > _limits.MaxVariableDepth)
            {
                throw new RecipeException($"{where}: the expression keeps producing expressions ({_limits.MaxVariableDepth} rounds); stop it at a plain value.");
            }

            // Orchard trims the brackets; a directive without a known engine gives its own text back.
            var directive = value[1..^1];
            var colon = directive.IndexOf(':', StringComparison.Ordinal);
            value = colon >= directive.Length - 2
                ? directive
                : directive[..colon] switch
                {
                    "js" => _host.RunScript(directive[(colon + 1)..], seed, where),
                    "file" => _host.RunFileCommand(directive[(colon + 1)..].Trim(), where),
                    _ => directive,
                };
            Count(value, where);
        }

        return value;
    }

    private void Count(string value, string where)
    {
        if (value.Length > _limits.MaxValueChars)
        {
            throw new RecipeException($"{where}: the expression produced {value.Length:N0} characters; the limit for one value is {_limits.MaxValueChars:N0} (Recipes:MaxValueChars).");
        }

        _totalChars += value.Length;
        if (_totalChars > _limits.MaxTotalChars)
        {
            throw new RecipeException($"{where}: the recipe's expressions produced over {_limits.MaxTotalChars:N0} characters in all (Recipes:MaxTotalChars); nothing was imported.");
        }
    }

    // Orchard evaluates a variable on first use, keeps the value for every later step, and fails on an unknown name.
    private string Variable(string name)
    {
        if (_variables.TryGetValue(name, out var value))
        {
            return value;
        }

        var where = $"{_recipe.FilePath}: recipe '{_recipe.Name}' variable '{name}'";
        var definition = _recipe.Variables.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));
        if (definition.Key is null)
        {
            throw new RecipeException($"{where}: the variable is used but not defined in the recipe's \"variables\".");
        }

        if (_evaluating.Count >= _limits.MaxVariableDepth)
        {
            throw new RecipeException($"{where}: variables refer to each other more than {_limits.MaxVariableDepth} deep.");
        }

        if (!_evaluating.Add(definition.Key))
        {
            throw new RecipeException($"{where}: the variable refers to itself ({string.Join(" → ", _evaluating)} → {definition.Key}).");
        }

        try
        {
            value = definition.Value switch
            {
                JsonValue v when v.TryGetValue<string>(out var s) => Evaluate(s, $"variables.{definition.Key}", where),
                null => "",
                var other => other.ToJsonString(),
            };
        }
        finally
        {
            _evaluating.Remove(definition.Key);
        }

        _variables[name] = value;
        return value;
    }

    private static bool IsExpression(string value)
    {
        if (value.Length < 3 || value[0] != '[' || value[^1] != ']')
        {
            return false;
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 1 && value.AsSpan(1, colon - 1).ContainsAnyExcept(LetterValues) is false;
    }

    private static readonly System.Buffers.SearchValues<char> LetterValues =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
