using FamilyBridge.ContentManagement.Data;
using FamilyBridge.Core.Cluster;
using FamilyBridge.Search.Indexing;

namespace FamilyBridge.Search.Handlers;

/// <summary>Another node committed content changes: catch this node's index up at once.</summary>
public sealed class ContentChangedMessageHandler(SearchIndexSync sync) : IClusterMessageHandler
{
    public string Topic => ContentChangeNumbers.BusTopic;

    public Task HandleAsync(string message, CancellationToken cancellationToken)
    {
        sync.Wake();
        return Task.CompletedTask;
    }
}
