using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// Identity's error messages in the reader's language. The English keys are Identity's own words, so English
/// pages read exactly as before; the codes stay Identity's, because pages decide by code, never by text.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<AccountsText> S) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), S["An unknown failure has occurred."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), S["Optimistic concurrency failure, object has been modified."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), S["Incorrect password."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), S["Invalid token."]);

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), S["Recovery code redemption failed."]);

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), S["A user with this login already exists."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), S["Username '{0}' is invalid, can only contain letters or digits.", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), S["Email '{0}' is invalid.", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), S["Username '{0}' is already taken.", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), S["Email '{0}' is already taken.", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), S["Role name '{0}' is invalid.", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), S["Role name '{0}' is already taken.", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), S["User already has a password set."]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), S["Lockout is not enabled for this user."]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), S["User already in role '{0}'.", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), S["User is not in role '{0}'.", role]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), S["Passwords must be at least {0} characters.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), S["Passwords must use at least {0} different characters.", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), S["Passwords must have at least one non alphanumeric character."]);

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), S["Passwords must have at least one digit ('0'-'9')."]);

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), S["Passwords must have at least one lowercase ('a'-'z')."]);

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), S["Passwords must have at least one uppercase ('A'-'Z')."]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description };
}
