namespace FamilyBridge.Tests.Circles;

/// <summary>Every kind of person who might ask for a circle's pages.</summary>
public enum Visitor
{
    Anonymous,
    Stranger,
    Invited,
    RemovedMember,
    MemberOutsideAudience,
    MemberInAudience,
    Owner,
    SiteAdministrator,
    SiteEditor,
}
