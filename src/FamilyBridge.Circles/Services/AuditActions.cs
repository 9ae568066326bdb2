namespace FamilyBridge.Circles.Services;

/// <summary>The audit record's action names, and the plain words the owner reads for each.</summary>
public static class AuditActions
{
    public const string CircleCreated = "circle.created";
    public const string InvitationSent = "invitation.sent";
    public const string InvitationRevoked = "invitation.revoked";
    public const string InvitationAccepted = "invitation.accepted";
    public const string InvitationDeclined = "invitation.declined";
    public const string MemberRemoved = "member.removed";
    public const string MemberLeft = "member.left";
    public const string UpdateAudience = "update.audience";
    public const string PlanAudience = "plan.audience";
    public const string CounterRestarted = "counter.restarted";
    public const string HandedOver = "circle.handed-over";

    public static string Describe(string action) => action switch
    {
        CircleCreated => "Circle created",
        InvitationSent => "Invitation sent",
        InvitationRevoked => "Invitation revoked",
        InvitationAccepted => "Invitation accepted",
        InvitationDeclined => "Invitation declined",
        MemberRemoved => "Member removed",
        MemberLeft => "Member left",
        UpdateAudience => "Update audience set",
        PlanAudience => "Plan sharing changed",
        CounterRestarted => "Counter restarted",
        HandedOver => "Circle handed over",
        _ => action,
    };
}
