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
}
