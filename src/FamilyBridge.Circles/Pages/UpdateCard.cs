using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Pages;

/// <summary>One update card: in the feed (a short reply list and a link to the update) or on the update's own page.</summary>
public sealed record UpdateCard(UpdateView View, string CircleId, bool ViewerIsOwner, bool InFeed)
{
    /// <summary>Replies shown on a feed card; the update's page shows them all.</summary>
    public const int FeedReplies = 2;

    public string UpdatePath => $"/circles/{CircleId}/updates/{View.Update.Id}";

    public string Title => View.Update.Kind switch
    {
        UpdateKind.CounterRestart => CirclesWords.Format("{0} started counting again", View.AuthorName),
        UpdateKind.Milestone => CirclesWords.Format("{0} reached {1}", View.AuthorName, View.MilestoneLabel ?? ""),
        UpdateKind.CheckIn => CirclesWords.Format("{0} checked in", View.AuthorName),
        UpdateKind.Meeting => CirclesWords.Format("{0} went to a meeting", View.AuthorName),
        _ => CirclesWords.Format("{0} shared a note", View.AuthorName),
    };

    public string KindClass => View.Deleted ? "update-removed" : View.Update.Kind switch
    {
        UpdateKind.Milestone => "update-milestone",
        UpdateKind.CounterRestart => "update-restart",
        _ => "update-everyday",
    };
}
