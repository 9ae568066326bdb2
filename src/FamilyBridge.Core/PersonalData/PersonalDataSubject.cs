namespace FamilyBridge.Core.PersonalData;

/// <summary>Whose data is asked for: the account id, and the email address modules that key rows by address need.</summary>
public sealed record PersonalDataSubject(string UserId, string? Email);
