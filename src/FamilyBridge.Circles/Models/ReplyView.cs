namespace FamilyBridge.Circles.Models;

public sealed record ReplyView(UpdateReply Reply, string AuthorName, DateTime CreatedLocal)
{
    public bool Hidden => Reply.HiddenUtc is not null;
}
