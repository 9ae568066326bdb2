namespace FamilyBridge.Circles.Models;

public enum ConsentFrequency
{
    Immediately,
    Daily,
    Weekly,
}
