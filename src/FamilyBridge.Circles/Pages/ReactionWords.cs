using FamilyBridge.Circles.Models;

namespace FamilyBridge.Circles.Pages;

/// <summary>What each reaction is called and how it reads back.</summary>
public static class ReactionWords
{
    public static string Name(Reaction reaction) => reaction switch
    {
        Reaction.Heart => "Heart",
        Reaction.Clap => "Clap",
        Reaction.Hug => "Hug",
        _ => reaction.ToString(),
    };

    public static string Status(Reaction reaction, bool added) =>
        added ? $"You sent a {Name(reaction).ToLowerInvariant()}." : $"You took back your {Name(reaction).ToLowerInvariant()}.";

    /// <summary>The button's accessible name: "Heart, 3 reactions".</summary>
    public static string Label(ReactionCount count)
    {
        ArgumentNullException.ThrowIfNull(count);
        return $"{Name(count.Reaction)}, {count.Count} {(count.Count == 1 ? "reaction" : "reactions")}";
    }
}
