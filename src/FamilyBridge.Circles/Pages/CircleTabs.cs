namespace FamilyBridge.Circles.Pages;

/// <summary>The tab bar over every circle page: which tab is open and which ones this viewer gets.</summary>
public sealed record CircleTabs(string CircleId, CircleTab Current, bool IsOwner, bool CanSeePlan)
{
    public IEnumerable<(CircleTab Tab, string Label, string Path)> Visible()
    {
        yield return (CircleTab.Updates, "Updates", $"/circles/{CircleId}");
        yield return (CircleTab.People, "People", $"/circles/{CircleId}/people");
        yield return (CircleTab.Checklist, "Checklist", $"/circles/{CircleId}/checklist");
        if (CanSeePlan)
        {
            yield return (CircleTab.Plan, IsOwner ? "Your plan" : "Plan", $"/circles/{CircleId}/plan");
        }

        yield return (CircleTab.Settings, "Settings", $"/circles/{CircleId}/settings");
    }
}
