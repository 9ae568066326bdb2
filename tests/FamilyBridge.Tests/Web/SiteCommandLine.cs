using System.Diagnostics;

namespace FamilyBridge.Tests.Web;

/// <summary>
/// Runs the site's own executable (FamilyBridge.Web.dll, built beside the tests) as a person at a terminal would,
/// with its App_Data in a temp folder.
/// </summary>
public sealed class SiteCommandLine : IDisposable
{
    public SiteCommandLine()
    {
        Folder = Path.Combine(Path.GetTempPath(), "familybridge-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    /// <summary>The working directory (the content root); App_Data is created inside it.</summary>
    public string Folder { get; }

    public async Task<CommandResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var baseDirectory = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(baseDirectory, "FamilyBridge.Web.runtimeconfig.json")))
        {
            start.ArgumentList.Add(Path.Combine(baseDirectory, "FamilyBridge.Web.dll"));
        }
        else
        {
            // The test project's runtime files describe the same assemblies (it references the site).
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(Path.Combine(baseDirectory, "FamilyBridge.Tests.runtimeconfig.json"));
            start.ArgumentList.Add("--depsfile");
            start.ArgumentList.Add(Path.Combine(baseDirectory, "FamilyBridge.Tests.deps.json"));
            start.ArgumentList.Add(Path.Combine(baseDirectory, "FamilyBridge.Web.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["AppData__Path"] = Path.Combine(Folder, "App_Data");
        start.Environment.Remove("ASPNETCORE_URLS");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult(process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
