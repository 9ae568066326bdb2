namespace FamilyBridge.Media.Models;

/// <summary>An upload either stored (<see cref="Asset"/>) or refused with the reason a person can act on.</summary>
public sealed record MediaUploadResult(MediaAsset? Asset, string? Error)
{
    public bool Succeeded => Asset is not null;

    public static MediaUploadResult Refused(string error) => new(null, error);
}
