namespace FamilyBridge.Core.CommandLine;

/// <summary>
/// A command on the site's own executable (<c>dotnet run --project src/FamilyBridge.Web -- recipes import x.json</c>).
/// Modules register theirs as scoped services; the host picks the one whose <see cref="Words"/> start the args.
/// </summary>
public interface ICommandLineCommand
{
    /// <summary>The words that select the command, e.g. <c>["recipes", "import"]</c>.</summary>
    IReadOnlyList<string> Words { get; }

    /// <summary>One line shown in help, e.g. <c>recipes import &lt;file&gt;   import an Orchard recipe</c>.</summary>
    string Usage { get; }

    /// <summary>
    /// False for a command that must see the data folder as it is (<c>backup restore</c> refuses a non-empty one,
    /// <c>backup create</c> runs beside a live site): the host then skips migrations and setup before it runs.
    /// </summary>
    bool NeedsSetUp => true;

    /// <summary>Runs with the arguments after <see cref="Words"/>. Returns the process exit code.</summary>
    /// <exception cref="CommandLineException">Bad input: the host prints the message alone and exits 1.</exception>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
