namespace FamilyBridge.Circles.Models;

/// <summary>A written reply as one viewer sees it; <see cref="Mine"/> when the viewer wrote it (and so may delete it).</summary>
public sealed record ReplyView(UpdateReply Reply, string AuthorName, DateTime CreatedLocal, bool Mine)
{
    public bool Hidden => Reply.HiddenUtc is not null;
}
