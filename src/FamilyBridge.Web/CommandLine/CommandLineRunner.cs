using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.Web.CommandLine;

/// <summary>
/// Runs the <see cref="ICommandLineCommand"/> whose words start the args. Exit codes: the command's own; 1 for
/// a <see cref="CommandLineException"/> (its message alone on stderr); 2 for help or an unknown command.
/// </summary>
public static class CommandLineRunner
{
    public const int UsageExitCode = 2;
    public const int FailureExitCode = 1;

    /// <param name="prepare">Runs once a command is found and before it runs (migrations, setup): help stays instant.</param>
    public static async Task<int> RunAsync(
        IServiceProvider services,
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        Func<CancellationToken, Task> prepare,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(prepare);

        await using var scope = services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<ICommandLineCommand>()
            .OrderBy(c => string.Join(' ', c.Words), StringComparer.Ordinal)
            .ToList();

        if (args.Count == 0 || CommandLineArguments.IsHelp(args[0]))
        {
            await WriteUsageAsync(output, commands);
            return UsageExitCode;
        }

        var command = commands
            .Where(c => c.Words.Count > 0 && StartsWith(args, c.Words))
            .MaxBy(c => c.Words.Count);
        if (command is null)
        {
            await error.WriteLineAsync($"Unknown command: {string.Join(' ', args)}");
            await WriteUsageAsync(error, commands);
            return UsageExitCode;
        }

        if (command.NeedsSetUp)
        {
            await prepare(cancellationToken);
        }

        try
        {
            return await command.RunAsync([.. args.Skip(command.Words.Count)], output, cancellationToken);
        }
        catch (CommandLineException e)
        {
            await error.WriteLineAsync(e.Message);
            return FailureExitCode;
        }
    }

    private static bool StartsWith(IReadOnlyList<string> args, IReadOnlyList<string> words) =>
        args.Count >= words.Count
        && words.Select((word, i) => string.Equals(word, args[i], StringComparison.OrdinalIgnoreCase)).All(match => match);

    private static async Task WriteUsageAsync(TextWriter writer, IReadOnlyList<ICommandLineCommand> commands)
    {
        await writer.WriteLineAsync("Usage: FamilyBridge.Web <command> [arguments]   (no command: run the site)");
        await writer.WriteLineAsync();
        await writer.WriteLineAsync("Commands:");
        foreach (var command in commands)
        {
            await writer.WriteLineAsync($"  {command.Usage}");
        }
    }
}
