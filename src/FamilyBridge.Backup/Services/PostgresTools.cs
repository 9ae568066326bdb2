using System.Diagnostics;
using FamilyBridge.Backup.Models;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FamilyBridge.Backup.Services;

/// <summary>
/// Finds and runs PostgreSQL's own client tools. pg_dump is the only tool that knows every object PostgreSQL can
/// hold, and it is on any machine that has the server; Debian keeps it off the PATH, hence the search.
/// </summary>
public sealed class PostgresTools(IOptions<BackupOptions> options)
{
    public string Find(string tool)
    {
        foreach (var folder in CandidateFolders())
        {
            var path = Path.Combine(folder, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new BackupException(
            $"{tool} was not found. Install PostgreSQL's client tools (Debian/Ubuntu: apt-get install postgresql-client), "
            + "put them on the PATH, or set Backup:PostgresBinPath to the folder that holds pg_dump and pg_restore.");
    }

    /// <summary>Runs <paramref name="tool"/> with the connection's host, user and password in PG* variables, never in arguments.</summary>
    public async Task RunAsync(string tool, IReadOnlyList<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = builder.Host ?? "localhost";
        start.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = builder.Database ?? builder.Username ?? "postgres";
        if (builder.Username is { Length: > 0 } user)
        {
            start.Environment["PGUSER"] = user;
        }

        if (builder.Password is { Length: > 0 } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{tool} did not start.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await output;
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed (exit {process.ExitCode}): {(await error).Trim()}");
        }
    }

    private IEnumerable<string> CandidateFolders()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PostgresBinPath))
        {
            yield return options.Value.PostgresBinPath;
            yield break;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            yield return folder;
        }

        if (PgConfigBinDir() is { } bindir)
        {
            yield return bindir;
        }

        // Debian and Ubuntu install each major version side by side; the newest dumps every older server.
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            foreach (var version in Directory.GetDirectories(debian)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            {
                yield return Path.Combine(version, "bin");
            }
        }
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            var text = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && text.Length > 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
