namespace FamilyBridge.Circles.Models;

/// <summary>How many people sent one kind of reaction to an update, and whether the viewer is one of them.</summary>
public sealed record ReactionCount(Reaction Reaction, int Count, bool Mine);
