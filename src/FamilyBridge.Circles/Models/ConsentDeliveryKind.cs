namespace FamilyBridge.Circles.Models;

public enum ConsentDeliveryKind
{
    Confirmation,
    Update,
    Digest,
    Reminder,
}
