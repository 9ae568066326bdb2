namespace FamilyBridge.Circles.Models;

/// <summary>
/// What the email carries: the update itself, or only a note that there is one (members sign in to read it;
/// people without an account always get the update itself, since they cannot sign in).
/// </summary>
public enum ConsentContentMode
{
    FullUpdate,
    SignInNotice,
}
