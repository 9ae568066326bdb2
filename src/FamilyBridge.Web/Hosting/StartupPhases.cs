using System.Diagnostics;

namespace FamilyBridge.Web.Hosting;

/// <summary>
/// Logs how long each start-up phase takes (process start to host built, migrations, the setup check, hosted
/// services, the first response), so a slow start points at its phase. <c>bench/http/run.sh</c> prints these lines.
/// </summary>
public sealed partial class StartupPhases
{
    private readonly ILogger _logger;
    private readonly Stopwatch _sincePhase = Stopwatch.StartNew();
    private int _firstResponseLogged;

    public StartupPhases(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        _logger = app.Services.GetRequiredService<ILogger<StartupPhases>>();
        Log(_logger, "process start to host built", SinceProcessStart());
        app.Lifetime.ApplicationStarted.Register(() => Log(_logger, "hosted services and Kestrel", Lap()));
    }

    public async Task TimeAsync(string phase, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _ = Lap();
        await work();
        Log(_logger, phase, Lap());
    }

    /// <summary>Logs the first response's own time and the whole start to it, once.</summary>
    public void UseFirstResponseTimer(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (Volatile.Read(ref _firstResponseLogged) != 0)
            {
                await next(context);
                return;
            }

            var watch = Stopwatch.StartNew();
            await next(context);
            if (Interlocked.Exchange(ref _firstResponseLogged, 1) == 0)
            {
                Log(_logger, $"first response ({context.Request.Path}, {context.Response.StatusCode})", watch.ElapsedMilliseconds);
                Log(_logger, "process start to first response", SinceProcessStart());
            }
        });
    }

    private long Lap()
    {
        var elapsed = _sincePhase.ElapsedMilliseconds;
        _sincePhase.Restart();
        return elapsed;
    }

    private static long SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (long)(DateTime.Now - process.StartTime).TotalMilliseconds;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Phase} took {Milliseconds} ms")]
    private static partial void Log(ILogger logger, string phase, long milliseconds);
}
