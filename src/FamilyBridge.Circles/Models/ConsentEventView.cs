namespace FamilyBridge.Circles.Models;

public sealed record ConsentEventView(DateTime WhenLocal, string Who, string What, string? Detail);
