using System.Collections.Concurrent;
using System.Threading.Channels;

namespace FamilyBridge.Notifications.Services;

/// <summary>
/// Wakes the dispatcher when messages are queued. Messages queued inside another module's transaction become
/// visible only when that caller commits, which the outbox cannot see; their ids are "expected", and the
/// dispatcher looks again every moment until they show up (committed) or a deadline passes (rolled back).
/// </summary>
public sealed class OutboxSignal
{
    /// <summary>How long to keep looking for rows whose transaction has not committed yet.</summary>
    public static readonly TimeSpan ExpectFor = TimeSpan.FromSeconds(30);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<long, long> _expected = new();

    public void Wake() => _wake.Writer.TryWrite(true);

    public void Expect(IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var deadline = Environment.TickCount64 + (long)ExpectFor.TotalMilliseconds;
        foreach (var id in ids)
        {
            _expected[id] = deadline;
        }

        Wake();
    }

    /// <summary>Ids still awaited; forgets those past their deadline (their transaction rolled back or never ended).</summary>
    public IReadOnlyList<long> Expected()
    {
        var now = Environment.TickCount64;
        foreach (var (id, deadline) in _expected)
        {
            if (deadline < now)
            {
                _expected.TryRemove(id, out _);
            }
        }

        return [.. _expected.Keys];
    }

    public void Seen(IEnumerable<long> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var id in ids)
        {
            _expected.TryRemove(id, out _);
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken) => await _wake.Reader.ReadAsync(cancellationToken);
}
