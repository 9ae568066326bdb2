using System.Diagnostics;
using System.Text.RegularExpressions;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// nginx (FB_NGINX from test.sh, else /usr/sbin/nginx) in the foreground, running the repository's own
/// <c>deploy/nginx/familybridge.conf.template</c> with loopback ports filled in, so the site config that ships is
/// the one the tests go through. Killed on dispose.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    public const string VariableName = "FB_NGINX";

    private readonly TempFolder _folder;
    private readonly Process _process;

    private NginxProxy(TempFolder folder, Process process, int port)
    {
        _folder = folder;
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public string ErrorLog => File.Exists(_folder.Combine("error.log")) ? File.ReadAllText(_folder.Combine("error.log")) : "";

    public static async Task<NginxProxy> StartAsync(int port, string nodeA, string nodeB)
    {
        var binary = Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } path ? path : "/usr/sbin/nginx";
        var template = await File.ReadAllTextAsync(RepositoryFiles.Get("deploy/nginx/familybridge.conf.template"));
        var values = new Dictionary<string, string>
        {
            ["FB_LISTEN"] = $"127.0.0.1:{port}",
            ["FB_SERVER_NAME"] = "_",
            ["FB_NODE_A"] = nodeA,
            ["FB_NODE_B"] = nodeB,
        };
        // envsubst's rule: ${NAME} is replaced; nginx's own $variables are left alone.
        var site = Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v)
            ? v
            : throw new InvalidOperationException($"deploy/nginx/familybridge.conf.template uses ${{{m.Groups[1].Value}}}, which the test does not fill in."));

        var folder = new TempFolder("familybridge-nginx");
        await File.WriteAllTextAsync(folder.Combine("familybridge.conf"), site);
        // The main file a distribution's nginx.conf would be, with every path inside the test's folder.
        await File.WriteAllTextAsync(folder.Combine("nginx.conf"), $$"""
            worker_processes 1;
            pid {{folder.Combine("nginx.pid")}};
            error_log {{folder.Combine("error.log")}} warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{folder.Combine("client_body")}};
                proxy_temp_path {{folder.Combine("proxy")}};
                fastcgi_temp_path {{folder.Combine("fastcgi")}};
                uwsgi_temp_path {{folder.Combine("uwsgi")}};
                scgi_temp_path {{folder.Combine("scgi")}};
                include {{folder.Combine("familybridge.conf")}};
            }
            """);
        var start = new ProcessStartInfo(binary)
        {
            ArgumentList = { "-c", folder.Combine("nginx.conf"), "-p", folder.Path, "-g", "daemon off;" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{binary} did not start.");
        var proxy = new NginxProxy(folder, process, port);
        try
        {
            await LoopbackPorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(15), () => !process.HasExited);
        }
        catch (InvalidOperationException)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await proxy.DisposeAsync();
            throw new InvalidOperationException("nginx did not start: " + errors);
        }

        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _folder.Dispose();
    }

    [GeneratedRegex(@"\$\{([A-Z_][A-Z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
