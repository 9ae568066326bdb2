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
        UpdateKind.CounterRestart => $"{View.AuthorName} started counting again",
        UpdateKind.Milestone => $"{View.AuthorName} reached {View.MilestoneLabel}",
        UpdateKind.CheckIn => $"{View.AuthorName} checked in",
        UpdateKind.Meeting => $"{View.AuthorName} went to a meeting",
        _ => $"{View.AuthorName} shared a note",
    };

    public string KindClass => View.Deleted ? "update-removed" : View.Update.Kind switch
    {
        UpdateKind.Milestone => "update-milestone",
        UpdateKind.CounterRestart => "update-restart",
        _ => "update-everyday",
    };
}
