using FamilyBridge.Accounts.Events;
using FamilyBridge.Core.Events;
using FamilyBridge.Learning.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Handlers;

/// <summary>A deleted account takes its progress, answers, notes and checklist ticks with it.</summary>
public sealed class AccountDeletingHandler(LearningDbContext db) : IDomainEventHandler<AccountDeleting>
{
    public async Task HandleAsync(AccountDeleting domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var userId = domainEvent.UserId;
        await db.ChecklistTicks.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ReflectionNotes.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.KnowledgeCheckResults.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.LessonProgress.Where(x => x.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
