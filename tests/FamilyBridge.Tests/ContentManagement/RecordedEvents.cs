using System.Collections.Concurrent;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>Domain events the content module published, in order; an optional probe runs as each arrives.</summary>
public sealed class RecordedEvents
{
    private readonly ConcurrentQueue<object> _events = new();

    public IReadOnlyList<object> All => [.. _events];

    /// <summary>Runs when an event arrives (e.g. to check what a fresh connection sees at that moment).</summary>
    public Func<object, Task>? OnEvent { get; set; }

    public IReadOnlyList<T> Of<T>() => [.. _events.OfType<T>()];

    public void Clear() => _events.Clear();

    internal async Task AddAsync(object domainEvent)
    {
        _events.Enqueue(domainEvent);
        if (OnEvent is not null)
        {
            await OnEvent(domainEvent);
        }
    }
}
