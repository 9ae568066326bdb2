using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FamilyBridge.Notifications.Bench;

/// <summary>
/// aiosmtpd on loopback (as the tests' SmtpSink): a maildir on disk and a log line per EHLO, which MailKit sends
/// once per connection, so the server itself reports how many connections the dispatcher used.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private const string Handler = """
        import os
        from aiosmtpd.handlers import Mailbox, Sink

        class Counting:
            # One line per EHLO (once per connection) and per accepted message, so the bench can count both cheaply.
            def log(self, name, line):
                with open(os.path.join(self.folder, name), "a") as log:
                    log.write(line + "\n")

            async def handle_EHLO(self, server, session, envelope, hostname, responses):
                session.host_name = hostname
                self.log("sessions.log", hostname)
                return responses

        class CountingMailbox(Counting, Mailbox):
            def __init__(self, folder):
                self.folder = folder
                super().__init__(os.path.join(folder, "maildir"))

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0])

            async def handle_DATA(self, server, session, envelope):
                result = await super().handle_DATA(server, session, envelope)
                self.log("received.log", "x")
                return result

        class CountingSink(Counting, Sink):
            def __init__(self, folder):
                self.folder = folder

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0])

            async def handle_DATA(self, server, session, envelope):
                self.log("received.log", "x")
                return "250 OK"
        """;

    private readonly Process _process;

    private LoopbackSmtpServer(Process process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    public string Folder { get; }

    public int Port { get; }

    /// <summary>
    /// Messages the server has accepted (and, as a mailbox, written to the maildir first): one 2-byte line each in a
    /// log, so polling it costs a stat call rather than listing a growing folder in the process being measured.
    /// </summary>
    public int Received
    {
        get
        {
            var log = new FileInfo(Path.Combine(Folder, "received.log"));
            return log.Exists ? (int)(log.Length / 2) : 0;
        }
    }

    /// <summary>Messages in the maildir, counted once at the end to check the log against the disk.</summary>
    public int InMaildir => Directory.Exists(Path.Combine(Folder, "maildir", "new")) ? Directory.EnumerateFiles(Path.Combine(Folder, "maildir", "new")).Count() : 0;

    /// <summary>CPU time the server has used so far (its share of the work, whatever else the machine runs).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public int Sessions => File.Exists(Path.Combine(Folder, "sessions.log")) ? File.ReadAllLines(Path.Combine(Folder, "sessions.log")).Length : 0;

    /// <param name="discard">Count messages without storing them (aiosmtpd's Sink), to measure the client side alone.</param>
    public static async Task<LoopbackSmtpServer> StartAsync(string folder, bool discard = false)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "bench_sink.py"), Handler);
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", discard ? "bench_sink.CountingSink" : "bench_sink.CountingMailbox", folder },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = folder;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var server = new LoopbackSmtpServer(process, folder, port);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (apt-get install python3-aiosmtpd)");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
