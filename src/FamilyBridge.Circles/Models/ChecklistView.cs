namespace FamilyBridge.Circles.Models;

public sealed record ChecklistView(Circle Circle, CircleMember Me, bool Adopted, IReadOnlyList<ChecklistItemView> Items);
