namespace FamilyBridge.Media.Services;

/// <summary>The <c>Media</c> settings section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>
    /// Where uploaded images are kept: <c>media</c> under the app-data folder unless set. Several nodes point this at
    /// one shared folder (an NFS or SMB mount), so an image uploaded through one node is served by every node.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>The largest image an editor may upload, in bytes (5 MB unless set).</summary>
    public long MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// What Kestrel and the form reader accept on the upload page: well above <see cref="MaxUploadBytes"/>, so a
    /// photo that is too big reaches our check and gets a clear message instead of a bare 413.
    /// </summary>
    public long RequestLimitBytes => (MaxUploadBytes * 8) + (1024 * 1024);
}
