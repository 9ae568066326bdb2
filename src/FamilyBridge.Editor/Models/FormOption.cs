namespace FamilyBridge.Editor.Models;

public sealed record FormOption(string Value, string Text);
