namespace FamilyBridge.Circles.Models;

public sealed record ChecklistItemView(ChecklistItem Item, string? CheckedByName, DateTime? CheckedLocal);
