namespace FamilyBridge.Core.Events;

/// <summary>Reacts to something another module did (e.g. content published → search indexes it).</summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
