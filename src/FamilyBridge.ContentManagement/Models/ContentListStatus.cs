namespace FamilyBridge.ContentManagement.Models;

public enum ContentListStatus
{
    /// <summary>Every item that is not in the trash.</summary>
    Any,

    /// <summary>Items whose latest version is a draft (never published, or edited since).</summary>
    Draft,

    /// <summary>Items readers can see.</summary>
    Published,

    /// <summary>Removed items: no latest and no published version.</summary>
    Trash,
}
