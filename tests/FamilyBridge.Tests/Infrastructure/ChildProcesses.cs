using System.Diagnostics;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>How the test servers (Redis, the SMTP sink, the site processes) end a child process they started.</summary>
internal static class ChildProcesses
{
    /// <summary>Kills the process and its children at once if it still runs (SIGKILL: nothing gets to clean up), then disposes it.</summary>
    public static async Task KillAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
