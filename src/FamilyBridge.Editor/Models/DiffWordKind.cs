namespace FamilyBridge.Editor.Models;

public enum DiffWordKind
{
    Same,
    Added,
    Removed,
}
