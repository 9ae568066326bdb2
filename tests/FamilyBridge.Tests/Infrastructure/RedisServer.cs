using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// A real redis-server on a free loopback port (no persistence, its own temp folder), stopped by its PID on dispose.
/// Needs Debian's redis-server (see TOOLCHAIN.md); when it is missing the test fails saying so, it never skips.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string Executable = "/usr/bin/redis-server";

    private readonly TempFolder _folder;
    private Process? _process;

    private RedisServer(TempFolder folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The site's <c>Redis:Configuration</c> for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"{Executable} is missing. The several-node tests need a real Redis: apt-get install redis-server (test.sh does).");
        }

        // The probe's port is free when chosen but another process could take it before Redis binds: try again.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(new TempFolder("familybridge-redis"), FreePort());
            try
            {
                await server.RestartAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Starts the server (again) on the same port.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList =
            {
                "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--save", "", "--appendonly", "no", "--dir", _folder.Path, "--daemonize", "no",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(_process);
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await ChildProcesses.KillAsync(_process);
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }

    private async Task WaitUntilListeningAsync(Process process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with code {process.ExitCode} (port {Port} taken?).");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                await using var stream = client.GetStream();
                await stream.WriteAsync("PING\r\n"u8.ToArray());
                var buffer = new byte[16];
                var read = await stream.ReadAsync(buffer);
                if (System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (SocketException)
            {
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within 15 s.");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
