using Microsoft.AspNetCore.Identity;

namespace FamilyBridge.Accounts.Models;

/// <summary>A reader's account: Identity's user plus the name we greet them by.</summary>
public sealed class AccountUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
