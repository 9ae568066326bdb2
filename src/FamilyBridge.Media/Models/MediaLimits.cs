namespace FamilyBridge.Media.Models;

public static class MediaLimits
{
    /// <summary>Alt text should be a sentence, not a caption essay; screen readers read it in one go.</summary>
    public const int MaxAltTextLength = 250;

    public const int MaxOriginalNameLength = 200;
}
