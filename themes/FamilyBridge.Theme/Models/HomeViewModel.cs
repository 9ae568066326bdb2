namespace FamilyBridge.Theme.Models;

/// <summary>The home page: every published module, in <c>Module.Order</c>, each with its lessons.</summary>
public sealed record HomeViewModel(IReadOnlyList<ContentShape> Modules);
