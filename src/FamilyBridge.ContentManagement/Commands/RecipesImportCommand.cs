using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.ContentManagement.Commands;

/// <summary><c>recipes import &lt;file&gt;</c>: imports an Orchard-format recipe into the site's database.</summary>
public sealed class RecipesImportCommand(IRecipeImporter importer) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["recipes", "import"];

    public string Usage => "recipes import <file>   import an Orchard Core recipe (content definitions, settings, content)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1)
        {
            throw new CommandLineException("Usage: recipes import <file>");
        }

        RecipeImportResult result;
        try
        {
            result = await importer.ImportFileAsync(arguments[0], cancellationToken);
        }
        catch (RecipeException e)
        {
            throw new CommandLineException(e.Message, e);
        }

        await output.WriteLineAsync($"Imported recipe '{result.RecipeName}'.");
        foreach (var line in result.Lines)
        {
            await output.WriteLineAsync($"  {line}");
        }

        if (result.SkippedSteps.Count > 0)
        {
            await output.WriteLineAsync($"Skipped steps FamilyBridge does not handle: {string.Join(", ", result.SkippedSteps)}");
        }

        return 0;
    }
}
