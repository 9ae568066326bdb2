using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Pages;

/// <summary>What each reaction is called and how it reads back.</summary>
public static class ReactionWords
{
    public static string Name(Reaction reaction) => CirclesWords.Get(reaction switch
    {
        Reaction.Heart => "Heart",
        Reaction.Clap => "Clap",
        Reaction.Hug => "Hug",
        _ => reaction.ToString(),
    });

    /// <summary>In English: the status message is stored as its key and read out in the reader's language.</summary>
    public static string Status(Reaction reaction, bool added) => (reaction, added) switch
    {
        (Reaction.Heart, true) => "You sent a heart.",
        (Reaction.Clap, true) => "You sent a clap.",
        (Reaction.Hug, true) => "You sent a hug.",
        (Reaction.Heart, false) => "You took back your heart.",
        (Reaction.Clap, false) => "You took back your clap.",
        _ => "You took back your hug.",
    };

    /// <summary>The button's accessible name: "Heart, 3 reactions".</summary>
    public static string Label(ReactionCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return CirclesWords.Format(count.Count == 1 ? "{0}, {1} reaction" : "{0}, {1} reactions", Name(count.Reaction), count.Count);
    }
}
