using FamilyBridge.Core.CommandLine;
using FamilyBridge.Search.Indexing;
using Lucene.Net.Store;

namespace FamilyBridge.Search.CommandLine;

/// <summary><c>search rebuild</c>: rebuilds the index from the published content in the database.</summary>
public sealed class SearchRebuildCommand(ContentIndexer indexer, SearchIndex index) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["search", "rebuild"];

    public string Usage => "search rebuild          rebuild the search index from published content";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count > 0)
        {
            throw new CommandLineException($"search rebuild takes no arguments (got \"{string.Join(' ', arguments)}\").");
        }

        int count;
        try
        {
            count = await indexer.RebuildAsync(cancellationToken);
        }
        catch (LockObtainFailedException ex)
        {
            throw new CommandLineException(
                $"The search index in {index.Folder} is in use by a running site. Stop the site, or let it rebuild at its next start.", ex);
        }

        await output.WriteLineAsync($"Search index rebuilt: {count} published items in {index.Folder}.");
        return 0;
    }
}
