using System.Globalization;
using System.Net;
using FamilyBridge.Accounts;
using FamilyBridge.Notifications;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FamilyBridge.Tests.Operations;

/// <summary>
/// Two real site processes on one fresh PostgreSQL database and one Redis, behind nginx running the repository's
/// deploy/ config, mail to a real aiosmtpd. Both nodes are started at the same moment on the empty database, as
/// an operator starting a cluster would. One editor (with an authenticator app) is made on the shared database.
/// </summary>
public sealed class TwoNodeSite : IAsyncLifetime, IDisposable
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly TempFolder _folder = new("familybridge-two-nodes");

    public PostgresDatabase Database { get; private set; } = null!;

    public RedisServer Redis { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    public SiteProcess NodeA { get; private set; } = null!;

    public SiteProcess NodeB { get; private set; } = null!;

    public NginxProxy Proxy { get; private set; } = null!;

    public StaffAccount Editor { get; private set; } = null!;

    /// <summary>The editor's browser cookies after one sign-in through node A (an authenticator code is good once).</summary>
    public CookieContainer EditorCookies { get; } = new();

    /// <summary>How long the outbox lets a claim live in this suite (short, so a killed node's rows come back soon).</summary>
    public static TimeSpan ClaimLease => TimeSpan.FromSeconds(6);

    public async Task InitializeAsync()
    {
        Database = await PostgresDatabase.CreateAsync();
        Redis = await RedisServer.StartAsync();
        Smtp = await SmtpSink.StartAsync();
        var proxyPort = LoopbackPorts.Free();
        var shared = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:FamilyBridge"] = Database.ConnectionString,
            ["Redis:Configuration"] = Redis.Configuration,
            ["Site:BaseUrl"] = $"http://127.0.0.1:{proxyPort}/",
            ["Site:KnownProxies:0"] = "127.0.0.1",
            ["Media:Path"] = _folder.Combine("media"),
            ["Notifications:Outbox:BatchSize"] = "20",
            ["Notifications:Outbox:ClaimLease"] = ClaimLease.ToString("c", CultureInfo.InvariantCulture),
            ["Editor:ScheduleInterval"] = "00:00:01",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = null,
        };
        foreach (var (key, value) in Smtp.ClientSettings)
        {
            shared[key] = value;
        }

        // Started together on the empty database: migrations and first-run set-up must happen once between them.
        NodeA = SiteProcess.Start("node A", WithAppData(shared, "a"));
        NodeB = SiteProcess.Start("node B", WithAppData(shared, "b"));
        await Task.WhenAll(NodeA.WaitUntilReadyAsync(StartTimeout), NodeB.WaitUntilReadyAsync(StartTimeout));
        Proxy = await NginxProxy.StartAsync(proxyPort, $"127.0.0.1:{NodeA.Port}", $"127.0.0.1:{NodeB.Port}");
        Editor = await CreateEditorAsync();
        using var signIn = Browser(NodeA, EditorCookies);
        await signIn.SignInAsync(Editor);
    }

    /// <summary>A browser talking to one node, or (with a shared cookie jar) the same person on another node.</summary>
    public static HttpBrowser Browser(SiteProcess node, CookieContainer? cookies = null) => new(node.BaseAddress, cookies);

    public HttpBrowser BrowserThroughProxy(CookieContainer? cookies = null) => new(Proxy.BaseAddress, cookies);

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Both nodes' logs, for a failure message.</summary>
    public string Logs => $"--- node A ---\n{SiteProcess.Tail(NodeA.Output)}\n--- node B ---\n{SiteProcess.Tail(NodeB.Output)}\n--- nginx ---\n{Proxy?.ErrorLog}";

    public async Task DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        foreach (var node in new[] { NodeA, NodeB })
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
        }

        if (Smtp is not null)
        {
            await Smtp.DisposeAsync();
        }

        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }

        _folder.Dispose();
    }

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string?> WithAppData(Dictionary<string, string?> shared, string node)
    {
        var settings = new Dictionary<string, string?>(shared) { ["AppData:Path"] = _folder.Combine("node-" + node) };
        Directory.CreateDirectory(settings["AppData:Path"]!);
        return settings;
    }

    /// <summary>An editor made with the site's own Identity code on the shared database (as the admin pages would).</summary>
    private async Task<StaffAccount> CreateEditorAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:FamilyBridge"] = Database.ConnectionString,
            ["AppData:Path"] = _folder.Combine("accounts"),
            ["Site:BaseUrl"] = Proxy.BaseAddress.AbsoluteUri,
        }).Build();
        var services = ModuleServices.Create(_folder.Path, configuration);
        services.AddDataProtection();
        services.AddNotifications(configuration);
        services.AddAccounts(configuration);
        await using var provider = services.BuildServiceProvider();
        return await StaffAccounts.CreateAsync(provider, FamilyBridge.Accounts.Models.SiteRoles.Editor, "Dana");
    }
}
