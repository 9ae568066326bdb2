namespace FamilyBridge.Theme.Models;

/// <summary>An item's version drawn as a reader would see it; <paramref name="Version"/> says which one, in words.</summary>
public sealed record PreviewViewModel(ContentShape Shape, string Version);
