namespace FamilyBridge.Operations.Health;

/// <summary>Checks tagged <see cref="Ready"/> decide <c>/health/ready</c>; any module may add one.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
