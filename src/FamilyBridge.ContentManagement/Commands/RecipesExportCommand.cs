using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.ContentManagement.Commands;

/// <summary><c>recipes export &lt;file&gt;</c>: writes the site's definitions, settings and published content as a recipe.</summary>
public sealed class RecipesExportCommand(IRecipeExporter exporter) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["recipes", "export"];

    public string Usage => "recipes export <file> [--include-drafts]   write definitions, settings, roles and published content (and drafts) as an Orchard Core recipe";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var includeDrafts = arguments.Contains("--include-drafts", StringComparer.Ordinal);
        var files = arguments.Where(a => a != "--include-drafts").ToList();
        if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException("Usage: recipes export <file> [--include-drafts]");
        }

        var path = Path.GetFullPath(files[0]);
        var folder = Path.GetDirectoryName(path);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CommandLineException($"Folder not found: {folder}");
        }

        // Written beside the target first, so a failed export never leaves half a file where a good one was.
        var temporary = path + ".tmp";
        await using (var stream = File.Create(temporary))
        {
            await exporter.ExportAsync(stream, new RecipeExportOptions { IncludeDrafts = includeDrafts }, cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
        await output.WriteLineAsync($"Exported to {path}");
        return 0;
    }
}
