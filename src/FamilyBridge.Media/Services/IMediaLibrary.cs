using FamilyBridge.Media.Models;

namespace FamilyBridge.Media.Services;

/// <summary>What other modules may ask of the media library: the images an editor can insert into Markdown.</summary>
public interface IMediaLibrary
{
    /// <summary>Every image, newest first.</summary>
    Task<IReadOnlyList<MediaAssetSummary>> ListAsync(CancellationToken cancellationToken = default);
}
