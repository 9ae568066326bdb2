using FamilyBridge.Backup.Services;
using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.Backup.CommandLine;

/// <summary><c>backup restore &lt;file&gt; [--force]</c>: checks the archive, then restores it into a stopped site.</summary>
public sealed class BackupRestoreCommand(BackupService backups) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["backup", "restore"];

    public string Usage => "backup restore <file> [--force]   restore an archive into an empty site (--force: replace what is there)";

    // Setting up first would fill the data folder this command must find empty.
    public bool NeedsSetUp => false;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var force = arguments.Contains("--force", StringComparer.Ordinal);
        var files = arguments.Where(a => a != "--force").ToList();
        if (files.Count != 1 || files[0].StartsWith('-'))
        {
            throw new CommandLineException("backup restore takes the archive to restore and optionally --force, e.g. backup restore familybridge.zip");
        }

        try
        {
            var manifest = await backups.RestoreAsync(files[0], force, output, cancellationToken);
            await output.WriteLineAsync(
                $"Restored {manifest.Tables.Values.Sum()} rows in {manifest.Tables.Count} tables and {manifest.Files.Count} files from {files[0]}.");
            return 0;
        }
        catch (BackupException e)
        {
            throw new CommandLineException(e.Message, e);
        }
    }
}
