namespace FamilyBridge.Editor.Models;

public enum DiffLineKind
{
    Same,
    Added,
    Removed,
    Changed,
}
