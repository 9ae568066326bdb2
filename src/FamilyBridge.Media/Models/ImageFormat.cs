namespace FamilyBridge.Media.Models;

/// <summary>An image format the library accepts.</summary>
public sealed record ImageFormat(string Name, string ContentType, string Extension);
