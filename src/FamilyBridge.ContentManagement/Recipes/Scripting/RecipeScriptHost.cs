using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Services;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes.Scripting;

/// <summary>
/// Runs <c>[js: …]</c> scripts in Jint (Orchard's engine) with Orchard's recipe functions, and <c>[file: …]</c>
/// commands. Sandboxed: Jint without CLR access, a time and memory limit per script, files only under the
/// recipe's own folder, and <c>configuration()</c> answering only allow-listed keys.
/// </summary>
internal sealed class RecipeScriptHost(
    RecipeDescriptor recipe,
    string instanceId,
    IConfiguration configuration,
    RecipeLimits limits,
    Func<string, string> variable)
{
    private readonly List<Engine> _engines = [];
    private readonly Dictionary<string, Prepared<Acornima.Ast.Script>> _prepared = new(StringComparer.Ordinal);
    private readonly Stack<(string Seed, int[] Count)> _uuidPlaces = new();

    /// <summary>What <c>parameters('name')</c> answers: the site settings when the step runs.</summary>
    public JsonObject Parameters { get; set; } = [];

    public string RunScript(string script, string seed, string where)
    {
        // A script may call variables(), which runs another script: each depth gets its own engine.
        var depth = _uuidPlaces.Count;
        if (_engines.Count <= depth)
        {
            _engines.Add(CreateEngine());
        }

        _uuidPlaces.Push((seed, [0]));
        try
        {
            if (!_prepared.TryGetValue(script, out var prepared))
            {
                prepared = Engine.PrepareScript(script);
                _prepared[script] = prepared;
            }

            return Text(_engines[depth], _engines[depth].Evaluate(prepared));
        }
        catch (Exception e) when (e is not RecipeException and not OperationCanceledException)
        {
            if (e.InnerException is RecipeException inner)
            {
                throw inner;
            }

            throw new RecipeException($"{where}: the script [js:{script}] failed: {Describe(e)}", e);
        }
        finally
        {
            _uuidPlaces.Pop();
        }
    }

    /// <summary>Orchard's file engine: <c>text('path')</c> and <c>base64('path')</c>, relative to the recipe.</summary>
    public string RunFileCommand(string command, string where)
    {
        var (kind, relative) = command switch
        {
            _ when command.StartsWith("text('", StringComparison.Ordinal) && command.EndsWith("')", StringComparison.Ordinal) => ("text", command[6..^2]),
            _ when command.StartsWith("base64('", StringComparison.Ordinal) && command.EndsWith("')", StringComparison.Ordinal) => ("base64", command[8..^2]),
            _ => throw new RecipeException($"{where}: unknown file command '{command}'; use text('relative/path') or base64('relative/path')."),
        };
        var path = RecipeFiles.Resolve(recipe.FilePath, relative, where);
        var length = new FileInfo(path).Length;
        if (length > limits.MaxValueChars)
        {
            throw new RecipeException($"{where}: the file '{relative}' has {length:N0} bytes; the limit is {limits.MaxValueChars:N0} (Recipes:MaxValueChars).");
        }

        return kind == "text" ? File.ReadAllText(path, Encoding.UTF8) : Convert.ToBase64String(File.ReadAllBytes(path));
    }

    private Engine CreateEngine()
    {
        var engine = new Engine(options => options
            .TimeoutInterval(limits.ScriptTimeout)
            .LimitMemory(limits.ScriptMemoryBytes)
            .LimitRecursion(256)
            .Strict(false));
        Set(engine, "uuid", _ => JsValue.FromObject(engine, Uuid()));
        Set(engine, "variables", args => variable(Argument(args, 0)));
        Set(engine, "parameters", args => Parameter(engine, Argument(args, 0)));
        Set(engine, "configuration", args => Configuration(engine, Argument(args, 0), args.Length > 1 ? args[1] : JsValue.Undefined));
        Set(engine, "base64", args => Encoding.UTF8.GetString(Convert.FromBase64String(Argument(args, 0))));
        Set(engine, "html", args => WebUtility.HtmlDecode(Argument(args, 0)));
        Set(engine, "gzip", args => Gunzip(Argument(args, 0)));

        // Orchard's Contents and Workflows modules: a site-relative URL, and a token for a workflow's HTTP event.
        // FamilyBridge runs no workflows, so the token only keeps such a form importable (README, "Recipes").
        Set(engine, "getUrlPrefix", args => "/" + Argument(args, 0).TrimStart('~', '/'));
        Set(engine, "createWorkflowToken", args => $"{Argument(args, 0)}.{Argument(args, 1)}");
        return engine;
    }

    private static void Set(Engine engine, string name, Func<JsValue[], JsValue> function) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => function(args)));

    private static void Set(Engine engine, string name, Func<JsValue[], string> function) =>
        engine.SetValue(name, new ClrFunction(engine, name, (_, args) => new JsString(function(args))));

    private string Uuid()
    {
        var (seed, count) = _uuidPlaces.Peek();
        return ContentIds.FromSeed($"{instanceId}|{recipe.Name}|{seed}#{count[0]++}");
    }

    private JsValue Parameter(Engine engine, string name)
    {
        var value = Parameters.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => new JsString(s),
            JsonValue v => new JsString(v.ToJsonString()),
            null => JsValue.Null,
            _ => new JsonParser(engine).Parse(value.ToJsonString()),
        };
    }

    // Orchard answers any key; here only allow-listed, non-secret keys are read, anything else gets its default.
    private JsValue Configuration(Engine engine, string key, JsValue fallback)
    {
        var allowed = limits.ConfigurationKeys.Contains(key, StringComparer.OrdinalIgnoreCase);
        return allowed && configuration[key] is { } value ? new JsString(value) : fallback.IsUndefined() ? JsValue.Null : fallback;
    }

    private static string Gunzip(string base64)
    {
        using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var decompressed = new MemoryStream();
        gzip.CopyTo(decompressed);
        return Convert.ToBase64String(decompressed.ToArray());
    }

    private static string Argument(JsValue[] args, int index) =>
        args.Length > index && !(args[index].IsNull() || args[index].IsUndefined()) ? TypeConverter.ToString(args[index]) : "";

    // Orchard turns the result into .NET and calls ToString(): null gives "", booleans "True"/"False".
    private static string Text(Engine engine, JsValue result) => result switch
    {
        _ when result.IsNull() || result.IsUndefined() => "",
        _ when result.IsString() => result.AsString(),
        _ when result.IsBoolean() => result.AsBoolean() ? "True" : "False",
        _ when result.IsDate() => result.AsDate().ToDateTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ when result.IsObject() => new JsonSerializer(engine).Serialize(result).ToString(),
        _ => TypeConverter.ToString(result),
    };

    private static string Describe(Exception e) => e switch
    {
        TimeoutException => "it ran longer than the time limit (Recipes:ScriptTimeoutMilliseconds)",
        MemoryLimitExceededException => "it used more memory than the limit (Recipes:ScriptMemoryBytes)",
        RecursionDepthOverflowException => "it recursed too deep",
        JavaScriptException js => js.Message,
        Acornima.ParseErrorException parse => $"it is not valid JavaScript ({parse.Description})",
        _ => e.GetBaseException().Message,
    };
}
