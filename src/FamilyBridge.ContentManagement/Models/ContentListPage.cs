namespace FamilyBridge.ContentManagement.Models;

/// <summary>One page of the admin content list and how many items match in all.</summary>
public sealed record ContentListPage(IReadOnlyList<ContentSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
