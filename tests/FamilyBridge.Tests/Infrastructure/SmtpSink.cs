using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: aiosmtpd with its Mailbox handler (one file per message in a maildir),
/// started on a free port, killed on dispose. Needs Debian's python3-aiosmtpd (see TOOLCHAIN.md).
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";

    private readonly Process _process;
    private readonly TempFolder _folder;

    private SmtpSink(Process process, TempFolder folder, int port)
    {
        _process = process;
        _folder = folder;
        Port = port;
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    private string NewMessages => _folder.Combine("maildir", "new");

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = new TempFolder("familybridge-smtp");
        var port = FreePort();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", folder.Combine("maildir") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var sink = new SmtpSink(process, folder, port);
        try
        {
            await sink.WaitUntilListeningAsync();
        }
        catch
        {
            await sink.DisposeAsync();
            throw;
        }

        return sink;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages =>
        Directory.Exists(NewMessages)
            ? [.. new DirectoryInfo(NewMessages).GetFiles().OrderBy(f => f.LastWriteTimeUtc).Select(f => MimeMessage.Load(f.FullName))]
            : [];

    /// <summary>Polls until a message to <paramref name="to"/> arrives, or fails after the deadline.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            var message = Messages.FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address == to));
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No message to {to} reached the SMTP sink.");
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

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync()}");
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
