namespace FamilyBridge.Core.PersonalData;

/// <summary>
/// What a module will delete with an account, said to the person before they confirm. Modules whose deletion
/// reaches beyond the person's own rows (a circle closing for everyone in it) must say so here.
/// </summary>
public interface IAccountDeletionNotice
{
    Task<IReadOnlyList<DeletionNoticeLine>> DescribeAsync(PersonalDataSubject person, CancellationToken cancellationToken);
}
