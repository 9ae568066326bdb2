using FamilyBridge.Core.Cluster;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FamilyBridge.Cluster.Redis;

/// <summary>
/// <see cref="IClusterBus"/> over Redis pub/sub: one channel per topic under <see cref="ClusterOptions.Prefix"/>,
/// each message marked with this node's id so <see cref="RedisClusterSubscriber"/> skips its own. Publishing never
/// fails the caller: the change it announces is already committed, and other nodes catch up without the message.
/// </summary>
public sealed class RedisClusterBus(IConnectionMultiplexer redis, NodeIdentity node, IOptions<ClusterOptions> options, ILogger<RedisClusterBus> logger)
    : IClusterBus
{
    public async Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await redis.GetSubscriber().PublishAsync(ChannelOf(options.Value, topic), node.Id + "|" + message);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Could not tell the other nodes about {Topic}; they catch up at their next wake-up.", topic);
        }
    }

    internal static RedisChannel ChannelOf(ClusterOptions options, string topic) =>
        RedisChannel.Literal(options.Prefix + ":bus:" + topic);
}
