using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Theme.Models;

/// <summary>Resources of one <c>Kind</c> ("Crisis line", "Family support group"…), in <c>Resource.Order</c>.</summary>
public sealed record ResourceGroup(string Kind, IReadOnlyList<ContentItem> Resources);
