using FamilyBridge.Backup.Services;
using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.Backup.CommandLine;

/// <summary><c>backup create &lt;file&gt;</c>: one archive of the database, media and keys, safe while the site runs.</summary>
public sealed class BackupCreateCommand(BackupService backups) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["backup", "create"];

    public string Usage => "backup create <file>    write a backup archive (database, media, keys) while the site runs";

    // Migrating from a second process beside a running site is needless; the snapshot takes the data as it is.
    public bool NeedsSetUp => false;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (arguments.Count != 1)
        {
            throw new CommandLineException("backup create takes one argument: the archive to write, e.g. backup create familybridge.zip");
        }

        try
        {
            var result = await backups.CreateAsync(arguments[0], cancellationToken);
            await output.WriteLineAsync(
                $"Backup written to {result.FilePath}: {result.Rows} rows, {result.MediaFiles} media files, {result.SizeBytes:N0} bytes in {result.Duration.TotalSeconds:0.0} s.");
            return 0;
        }
        catch (BackupException e)
        {
            throw new CommandLineException(e.Message, e);
        }
    }
}
