namespace FamilyBridge.Circles.Models;

public enum Reaction
{
    Heart,
    Clap,
    Hug,
}
