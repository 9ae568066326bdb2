namespace FamilyBridge.ContentManagement.Data;

/// <summary>Names shared by the writers of <see cref="ContentChangeRecord"/> and the nodes that follow them.</summary>
public static class ContentChangeNumbers
{
    /// <summary>The bus topic that wakes other nodes after content changes committed.</summary>
    public const string BusTopic = "content-changed";

    /// <summary>The PostgreSQL advisory lock that keeps change numbers in commit order.</summary>
    public const long LockKey = 0x46_42_43_48_41_4E_47; // "FBCHANG"
}
