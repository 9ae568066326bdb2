using System.Diagnostics;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// Runs the site's own executable (FamilyBridge.Web.dll, as built) with a command, in a separate process, as an
/// operator would beside a running site: <c>await SiteCommand.RunAsync(settings, "backup", "create", file)</c>.
/// </summary>
public static class SiteCommand
{
    public static async Task<SiteCommandResult> RunAsync(IReadOnlyDictionary<string, string?> settings, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new SiteCommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>The settings that point a command at <paramref name="site"/>'s data (its App_Data and database).</summary>
    public static Dictionary<string, string?> SettingsOf(string appDataPath, string? postgresConnectionString) =>
        postgresConnectionString is null
            ? new() { ["AppData:Path"] = appDataPath }
            : new()
            {
                ["AppData:Path"] = appDataPath,
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:FamilyBridge"] = postgresConnectionString,
            };
}

/// <summary>What a <see cref="SiteCommand"/> run printed and how it ended.</summary>
public sealed record SiteCommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}; stdout: {Output.Trim()}; stderr: {Error.Trim()}";
}
