using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: aiosmtpd with a Mailbox handler (one file per message in a maildir), started on
/// a free port, killed on dispose. Needs Debian's python3-aiosmtpd (see TOOLCHAIN.md). It can refuse chosen
/// recipients with the server's own reply, count SMTP sessions (one EHLO per connection), and stop and start again
/// on the same port to play a mail server outage.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    // A Mailbox that logs each EHLO (one per connection from MailKit) and refuses the addresses listed in refuse.txt.
    private const string HandlerSource = """
        import os
        from aiosmtpd.handlers import Mailbox

        class SinkHandler(Mailbox):
            def __init__(self, folder):
                self.folder = folder
                super().__init__(os.path.join(folder, "maildir"))

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0])

            async def handle_EHLO(self, server, session, envelope, hostname, responses):
                session.host_name = hostname
                with open(os.path.join(self.folder, "sessions.log"), "a") as log:
                    log.write(hostname + "\n")
                return responses

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                refused = os.path.join(self.folder, "refuse.txt")
                if os.path.exists(refused):
                    with open(refused) as lines:
                        for line in lines:
                            who, _, reply = line.rstrip("\n").partition("\t")
                            if who.lower() == address.lower():
                                return reply
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    private readonly TempFolder _folder;
    private Process? _process;

    private SmtpSink(TempFolder folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    /// <summary>The site's <c>Smtp:*</c> settings that send its mail here.</summary>
    public IReadOnlyDictionary<string, string?> ClientSettings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = Host,
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:UseTls"] = "false",
        ["Smtp:From"] = "FamilyBridge <hello@familybridge.test>",
    };

    /// <summary>SMTP sessions opened so far (counted at EHLO, which MailKit sends once per connection).</summary>
    public int Sessions
    {
        get
        {
            var log = _folder.Combine("sessions.log");
            return File.Exists(log) ? File.ReadAllLines(log).Length : 0;
        }
    }

    private string NewMessages => _folder.Combine("maildir", "new");

    public static async Task<SmtpSink> StartAsync()
    {
        // FreePort closes its probe before aiosmtpd binds, so another process can take the port in between: try a
        // fresh port a few times before calling the machine broken.
        for (var attempt = 1; ; attempt++)
        {
            var folder = new TempFolder("familybridge-smtp");
            await File.WriteAllTextAsync(folder.Combine("familybridge_sink.py"), HandlerSource);
            var sink = new SmtpSink(folder, FreePort());
            try
            {
                await sink.RestartAsync();
                return sink;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await sink.DisposeAsync();
            }
            catch
            {
                await sink.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        Directory.Exists(NewMessages)
            ? [.. new DirectoryInfo(NewMessages).GetFiles().OrderBy(f => f.LastWriteTimeUtc).Select(f => MimeMessage.Load(f.FullName))]
            : [];

    public IReadOnlyList<MimeMessage> MessagesTo(string to) =>
        [.. Messages.Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>From now on the server answers RCPT TO for <paramref name="address"/> with <paramref name="reply"/>.</summary>
    public void Refuse(string address, string reply = "550 5.1.1 mailbox unavailable") =>
        File.AppendAllText(_folder.Combine("refuse.txt"), $"{address}\t{reply}\n");

    /// <summary>Takes <paramref name="address"/> off the refused list: the server accepts it again.</summary>
    public void Accept(string address)
    {
        var refused = _folder.Combine("refuse.txt");
        if (File.Exists(refused))
        {
            File.WriteAllLines(refused, File.ReadAllLines(refused).Where(l => !l.StartsWith(address + "\t", StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>Polls until a message to <paramref name="to"/> arrives, or fails after the deadline.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, TimeSpan? timeout = null) =>
        (await WaitForMessagesAsync(to, 1, timeout))[0];

    /// <summary>Polls until <paramref name="count"/> messages to <paramref name="to"/> arrived, or fails after the deadline.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(string to, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var messages = MessagesTo(to);
            if (messages.Count >= count)
            {
                return messages;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} messages to {to} reached the SMTP sink.");
    }

    /// <summary>Stops the server (what it received stays): connections are refused until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        await ChildProcesses.KillAsync(_process);
        _process = null;
    }

    /// <summary>Starts the server again on the same port and maildir.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "familybridge_sink.SinkHandler", _folder.Path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = _folder.Path;
        start.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        await WaitUntilListeningAsync(_process);
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
                throw new InvalidOperationException($"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()}");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("aiosmtpd did not accept connections within 15 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
