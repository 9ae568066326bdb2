using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>
/// Records every EF Core command run on behalf of the code inside <see cref="RecordAsync"/>, through EF's own
/// diagnostic events. Only commands on this async flow count (the site's background jobs and other tests do not),
/// so the in-process server must run requests on the caller's flow: <c>site.Server.PreserveExecutionContext</c>.
/// </summary>
public sealed class DbCommandRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly AsyncLocal<List<string>?> Current = new();
    private readonly List<IDisposable> _subscriptions = [];

    private DbCommandRecorder()
    {
        _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
    }

    public static DbCommandRecorder Start() => new();

    /// <summary>The SQL of each command <paramref name="action"/> caused, in order.</summary>
    public static async Task<IReadOnlyList<string>> RecordAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var commands = new List<string>();
        Current.Value = commands;
        try
        {
            await action();
        }
        finally
        {
            Current.Value = null;
        }

        lock (commands)
        {
            return [.. commands];
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Current.Value is { } commands && value.Value is CommandExecutedEventData executed)
        {
            lock (commands)
            {
                commands.Add(executed.Command.CommandText);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
