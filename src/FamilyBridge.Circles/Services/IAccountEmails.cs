namespace FamilyBridge.Circles.Services;

/// <summary>The email address of a signed-up person, from the Accounts module (Circles stores user ids only).</summary>
public interface IAccountEmails
{
    Task<string?> FindEmailAsync(string userId, CancellationToken cancellationToken = default);
}
