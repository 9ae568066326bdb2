using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Orchard's <c>media</c> step: <c>{ "name": "media", "Files": [ { "SourcePath", "TargetPath" } | { "Base64", "TargetPath" } ] }</c>.
/// Source paths are relative to the recipe and read only inside the recipe's folder, or inside the operator's
/// <c>Recipes:MediaRoot</c> when the recipe lies in it (Orchard's theme recipes name <c>../wwwroot/…</c>). A path
/// outside that folder is refused unread, a missing file or a URL is a warning: the rest of the recipe still imports.
/// </summary>
public sealed class MediaStep(IEnumerable<IRecipeMediaStore> stores, IConfiguration configuration) : IRecipeStepHandler
{
    public const string MediaRootKey = "Recipes:MediaRoot";

    private readonly RecipeLimits _limits = RecipeLimits.From(configuration);

    public string StepName => "media";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var files = StepJson.Get(context.Step, "Files") as JsonArray ?? [];
        if (stores.LastOrDefault() is not { } store)
        {
            context.Messages.Add($"warning: {files.Count} files not imported, this site has no media library");
            return;
        }

        var where = RecipeWhere.Step(context.RecipeFilePath, context.RecipeName, context.StepIndex, context.StepName);
        var root = context.RecipeFilePath is null ? null : RecipeFiles.MediaRoot(context.RecipeFilePath, configuration[MediaRootKey]);
        int stored = 0, unchanged = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i] as JsonObject;
            var target = Text(file, "TargetPath")?.Replace('\\', '/').Trim('/');
            var fileWhere = $"{where}, file {i + 1}";
            if (string.IsNullOrEmpty(target) || target.Split('/').Any(s => s is "" or "." or ".."))
            {
                throw new RecipeException($"{fileWhere}, field TargetPath: '{target}' is not a media path (a name such as 'about/1.jpg').");
            }

            var bytes = await ReadAsync(file!, fileWhere, target, root, context, cancellationToken);
            if (bytes is null)
            {
                continue;
            }

            var outcome = await store.ImportAsync(target, bytes, context, cancellationToken);
            switch (outcome.Result)
            {
                case RecipeMediaResult.Stored:
                    stored++;
                    break;
                case RecipeMediaResult.Unchanged:
                    unchanged++;
                    break;
                default:
                    context.Messages.Add($"warning: {fileWhere} ({target}) not imported: {outcome.Reason}");
                    break;
            }
        }

        context.Messages.Add($"{stored} media files imported, {unchanged} already there");
    }

    private async Task<byte[]?> ReadAsync(
        JsonObject file, string fileWhere, string target, string? root, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (Text(file, "Base64") is { } base64)
        {
            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw new RecipeException($"{fileWhere}, field Base64: the text is not Base64 ({target}).");
            }
        }

        if (Text(file, "SourceUrl") is { } url)
        {
            context.Messages.Add($"warning: {fileWhere}, field SourceUrl: '{url}' not fetched; FamilyBridge imports files beside the recipe, never from the network");
            return null;
        }

        if (Text(file, "SourcePath") is not { Length: > 0 } source || root is null || context.RecipeFilePath is null)
        {
            throw new RecipeException($"{fileWhere}: the file has no SourcePath or Base64 ({target}).");
        }

        var (status, path) = RecipeFiles.Locate(root, context.RecipeFilePath, source);
        switch (status)
        {
            case RecipeFileStatus.OutsideRoot:
                context.Messages.Add($"warning: {fileWhere}, field SourcePath: '{source}' refused, it is outside {root}; " +
                    $"to import it, set {MediaRootKey} to a folder that holds both the recipe and the file");
                return null;
            case RecipeFileStatus.Missing:
                context.Messages.Add($"warning: {fileWhere}, field SourcePath: '{source}' not found (looked for {path})");
                return null;
            default:
                // Read no more than a recipe file may be; the store applies its own, usually smaller, limit.
                if (new FileInfo(path).Length > _limits.MaxFileBytes)
                {
                    context.Messages.Add($"warning: {fileWhere}, field SourcePath: '{source}' not imported, it is over {_limits.MaxFileBytes / (1024 * 1024)} MB");
                    return null;
                }

                return await File.ReadAllBytesAsync(path, cancellationToken);
        }
    }

    private static string? Text(JsonObject? obj, string name) =>
        obj is not null && StepJson.Get(obj, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
