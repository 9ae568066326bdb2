using Microsoft.AspNetCore.Authorization;

namespace FamilyBridge.Accounts.Authorization;

/// <summary>Administrators and editors must have an authenticator app set up before they use admin pages.</summary>
public sealed class TwoFactorEnrolledRequirement : IAuthorizationRequirement;
