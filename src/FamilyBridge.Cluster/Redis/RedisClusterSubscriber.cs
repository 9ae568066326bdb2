using FamilyBridge.Core.Cluster;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FamilyBridge.Cluster.Redis;

/// <summary>
/// Hands what other nodes publish to this node's <see cref="IClusterMessageHandler"/>s. Pub/sub keeps nothing for a
/// node that was not listening, so when the connection to Redis comes back every handler gets
/// <see cref="ClusterMessages.Resync"/>: forget every cache, catch up from the database.
/// </summary>
public sealed class RedisClusterSubscriber(
    IConnectionMultiplexer redis,
    NodeIdentity node,
    IEnumerable<IClusterMessageHandler> handlers,
    IOptions<ClusterOptions> options,
    ILogger<RedisClusterSubscriber> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _subscribed;
    private readonly Lazy<ILookup<string, IClusterMessageHandler>> _byTopic =
        new(() => handlers.ToLookup(h => h.Topic, StringComparer.Ordinal));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnConnectionRestored;
        try
        {
            await SubscribeAllAsync();
        }
        catch (RedisException ex)
        {
            // A node may start while Redis is away (its readiness check says so); it subscribes when Redis is back.
            logger.LogWarning(ex, "Redis is unreachable; messages from other nodes wait for it.");
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnConnectionRestored;
        await _stopping.CancelAsync();
        var subscriber = redis.GetSubscriber();
        foreach (var topic in _byTopic.Value)
        {
            await subscriber.UnsubscribeAsync(RedisClusterBus.ChannelOf(options.Value, topic.Key))
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    public void Dispose() => _stopping.Dispose();

    private async Task SubscribeAllAsync()
    {
        var subscriber = redis.GetSubscriber();
        foreach (var topic in _byTopic.Value)
        {
            var topicHandlers = topic.ToList();
            await subscriber.SubscribeAsync(RedisClusterBus.ChannelOf(options.Value, topic.Key), (_, value) => Dispatch(topicHandlers, value));
        }

        // From here the multiplexer renews these subscriptions itself after every reconnect.
        _subscribed = true;
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription || _stopping.IsCancellationRequested)
        {
            return;
        }

        logger.LogInformation("Redis is back; this node forgets its caches and catches up.");
        _ = Task.Run(async () =>
        {
            try
            {
                if (!_subscribed)
                {
                    await SubscribeAllAsync();
                }
            }
            catch (RedisException ex)
            {
                logger.LogWarning(ex, "Could not subscribe to the other nodes' messages after Redis came back.");
            }

            foreach (var topic in _byTopic.Value)
            {
                Dispatch([.. topic], "|" + ClusterMessages.Resync);
            }
        });
    }

    private void Dispatch(IReadOnlyList<IClusterMessageHandler> topicHandlers, RedisValue value)
    {
        var text = (string?)value ?? "";
        var separator = text.IndexOf('|', StringComparison.Ordinal);
        if (separator < 0 || text.AsSpan(0, separator).SequenceEqual(node.Id))
        {
            // Our own message (this node already acted on it), or not one of ours.
            return;
        }

        var message = text[(separator + 1)..];
        foreach (var handler in topicHandlers)
        {
            _ = RunAsync(handler, message);
        }
    }

    private async Task RunAsync(IClusterMessageHandler handler, string message)
    {
        try
        {
            await handler.HandleAsync(message, _stopping.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "A {Topic} message from another node could not be handled.", handler.Topic);
        }
    }
}
