using System.Text.Json;
using FamilyBridge.Core.Events;
using FamilyBridge.Learning.Events;
using FamilyBridge.Learning.Services;

namespace FamilyBridge.Learning.Handlers;

/// <summary>Keeps each knowledge check a signed-in reader submits, so the lesson can show their last score.</summary>
public sealed class KnowledgeCheckSubmittedHandler(LearningService learning) : IDomainEventHandler<KnowledgeCheckSubmitted>
{
    public Task HandleAsync(KnowledgeCheckSubmitted domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        return learning.RecordKnowledgeCheckAsync(
            domainEvent.UserId,
            domainEvent.LessonContentItemId,
            JsonSerializer.Serialize(domainEvent.Answers),
            domainEvent.Correct,
            domainEvent.Total,
            cancellationToken);
    }
}
