namespace FamilyBridge.Circles.Models;

public sealed record AuditEntryView(DateTime WhenLocal, string ActorName, string What, string? SubjectName, string? Detail);
