using System.Diagnostics;
using System.Text;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// The site as a real operating-system process: <c>dotnet FamilyBridge.Web.dll --urls http://127.0.0.1:PORT</c>
/// from the Web project's build output, settings passed as environment variables (<c>Section__Key</c>), as a node
/// of a several-node deployment runs. Its console output is kept for the failure message. Killed on dispose.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Process? _process;

    private SiteProcess(string name, int port, IReadOnlyDictionary<string, string?> settings)
    {
        Name = name;
        Port = port;
        _settings = settings;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>What the process printed so far (its log), for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The Web project's build output next to this test assembly's (default layout or FB_ARTIFACTS).</summary>
    public static string WebDll
    {
        get
        {
            var here = AppContext.BaseDirectory;
            var sep = Path.DirectorySeparatorChar;
            string[] candidates =
            [
                here.Replace($"{sep}tests{sep}FamilyBridge.Tests{sep}", $"{sep}src{sep}FamilyBridge.Web{sep}", StringComparison.Ordinal),
                here.Replace($"{sep}FamilyBridge.Tests{sep}", $"{sep}FamilyBridge.Web{sep}", StringComparison.Ordinal),
            ];
            return candidates.Select(c => Path.Combine(c, "FamilyBridge.Web.dll")).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"FamilyBridge.Web.dll was not found beside {here}; build the solution first.");
        }
    }

    /// <summary>Starts the process; call <see cref="WaitUntilReadyAsync"/> to wait for it to answer.</summary>
    public static SiteProcess Start(string name, IReadOnlyDictionary<string, string?> settings, int? port = null)
    {
        var site = new SiteProcess(name, port ?? LoopbackPorts.Free(), settings);
        site.Start();
        return site;
    }

    public void Start()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        var dll = WebDll;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", BaseAddress.AbsoluteUri.TrimEnd('/') },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{Name} did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits until <c>/health/live</c> answers 200 (migrations and set-up are done before the site listens).</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning)
            {
                throw new InvalidOperationException($"{Name} exited while starting:\n{Tail(Output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} did not answer /health/live within {timeout.TotalSeconds} s:\n{Tail(Output)}");
    }

    /// <summary>Ends the process at once (SIGKILL), as a crash or a pulled plug would: nothing gets to clean up.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        await ChildProcesses.KillAsync(_process);
        _process = null;
    }

    public ValueTask DisposeAsync() => new(KillAsync());

    public static string Tail(string text, int lines = 60) => string.Join('\n', text.Split('\n').TakeLast(lines));

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
