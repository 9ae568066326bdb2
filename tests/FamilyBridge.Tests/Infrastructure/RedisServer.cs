using System.Diagnostics;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// A real redis-server of the test's own on a free loopback port (binary from FB_REDIS_SERVER, which test.sh sets,
/// else redis-server on PATH), no persistence, killed on dispose. <see cref="StopAsync"/> plays an outage.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    public const string VariableName = "FB_REDIS_SERVER";

    private readonly TempFolder _folder = new("familybridge-redis");
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>What StackExchange.Redis (and the site's <c>Redis:Configuration</c>) connects with.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static string Binary => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } path ? path : "redis-server";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(LoopbackPorts.Free());
        await server.RestartAsync();
        return server;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        var start = new ProcessStartInfo(Binary)
        {
            ArgumentList = { "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--dir", _folder.Path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Binary} did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var process = _process;
        await LoopbackPorts.WaitUntilListeningAsync(Port, TimeSpan.FromSeconds(15), () => !process.HasExited);
    }

    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }
}
