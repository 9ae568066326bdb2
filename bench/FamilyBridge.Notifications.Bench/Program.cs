using System.Diagnostics;
using System.Globalization;
using FamilyBridge.Core.Data;
using FamilyBridge.Notifications;
using FamilyBridge.Notifications.Bench;
using FamilyBridge.Notifications.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;

// Queues 1,000 emails in a temp SQLite database, then starts the outbox's background dispatcher and times how
// long it takes until aiosmtpd on loopback holds all of them. Goal: under 5 s.
// "sink" makes aiosmtpd discard messages instead of writing a maildir, to separate our cost from the server's.
//   dotnet run -c Release --project bench/FamilyBridge.Notifications.Bench [-- count [sink]]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000;
var discard = args.Length > 1 && args[1] == "sink";
var folder = Path.Combine(Path.GetTempPath(), "familybridge-outbox-bench-" + Guid.NewGuid().ToString("N"));
try
{
    await using var smtp = await LoopbackSmtpServer.StartAsync(Path.Combine(folder, "smtp"), discard);
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["AppData:Path"] = Path.Combine(folder, "App_Data"),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp:UseTls"] = "false",
        ["Smtp:From"] = "FamilyBridge <hello@familybridge.test>",
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
    services.AddSingleton<IConfiguration>(configuration);
    services.AddSingleton<IHostEnvironment>(new HostingEnvironment
    {
        ApplicationName = "FamilyBridge.Notifications.Bench",
        EnvironmentName = "Production",
        ContentRootPath = folder,
        ContentRootFileProvider = new NullFileProvider(),
    });
    services.AddFamilyBridgeCore(configuration);
    services.AddNotifications(configuration);
    await using var provider = services.BuildServiceProvider();
    await provider.MigrateDatabasesAsync();

    // Queued in one transaction, as a change that causes many emails would; nothing is sent yet.
    var messages = Enumerable.Range(0, count).Select(i => EmailLayout.Compose(
        $"reader{i}@example.org", $"Reader {i}", "Sam shared an update",
        ["Sam marked 30 days today.", "Sign in to FamilyBridge to read it and send a note back."],
        "Read the update", new Uri("https://family.example/circles"))
        with
    { Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = $"<https://family.example/unsubscribe/{i}>" } }).ToList();
    await using (var scope = provider.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IEmailOutbox>().EnqueueAsync(db, messages);
        await transaction.CommitAsync();
    }

    var dispatcher = provider.GetRequiredService<OutboxDispatcher>();
    var (ourCpu, serverCpu) = (Environment.CpuUsage.TotalTime, smtp.CpuTime);
    var watch = Stopwatch.StartNew();
    await dispatcher.StartAsync(CancellationToken.None);
    while (smtp.Received < count && watch.Elapsed < TimeSpan.FromMinutes(2))
    {
        await Task.Delay(25);
    }

    var delivered = watch.Elapsed;
    int sent;
    do
    {
        await using var scope = provider.CreateAsyncScope();
        sent = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Outbox.CountAsync(m => m.Status == OutboxStatus.Sent);
    }
    while (sent < count && watch.Elapsed < TimeSpan.FromMinutes(2));

    var recorded = watch.Elapsed;
    await dispatcher.StopAsync(CancellationToken.None);
    (ourCpu, serverCpu) = (Environment.CpuUsage.TotalTime - ourCpu, smtp.CpuTime - serverCpu);

    var transport = provider.GetRequiredService<SmtpMailTransport>();
    Console.WriteLine($"Delivered {smtp.Received:N0} of {count:N0} emails to aiosmtpd in {delivered.TotalMilliseconds:N0} ms "
        + $"({smtp.Received / delivered.TotalSeconds:N0} messages/s); all rows marked Sent after {recorded.TotalMilliseconds:N0} ms.");
    Console.WriteLine($"SMTP connections: {transport.ConnectionsOpened} opened by the dispatcher, {smtp.Sessions} sessions seen by the server "
        + $"(batch size 100, so {Math.Ceiling(count / 100.0)} expected).");
    // Wall time suffers when other processes share the cores; CPU time per message does not.
    Console.WriteLine($"CPU: dispatcher process {ourCpu.TotalMilliseconds:N0} ms ({ourCpu.TotalMilliseconds / count:N2} ms/message), "
        + $"aiosmtpd {serverCpu.TotalMilliseconds:N0} ms ({serverCpu.TotalMilliseconds / count:N2} ms/message); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.");
    if (!discard)
    {
        Console.WriteLine($"Messages in the server's maildir: {smtp.InMaildir:N0}.");
    }

    Console.WriteLine(delivered < TimeSpan.FromSeconds(5) ? "Goal (under 5 s): met." : "Goal (under 5 s): NOT met.");
    return smtp.Received == count && sent == count && (discard || smtp.InMaildir == count) ? 0 : 1;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    try
    {
        Directory.Delete(folder, recursive: true);
    }
    catch (IOException)
    {
    }
}
