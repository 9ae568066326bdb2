using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Core.Events;

/// <summary>In-process, in-order dispatch to every registered handler in the current scope.</summary>
public sealed class DomainEventPublisher(IServiceProvider services) : IDomainEventPublisher
{
    public async Task PublishAsync<TEvent>(TEvent domainEvent, CancellationToken cancellationToken = default)
    {
        foreach (var handler in services.GetServices<IDomainEventHandler<TEvent>>())
        {
            await handler.HandleAsync(domainEvent, cancellationToken);
        }
    }
}
