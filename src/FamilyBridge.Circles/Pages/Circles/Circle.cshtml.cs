using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class CircleModel(CircleService circles, UpdateService updates, PlanService plans, TimeProvider clock) : CirclePageModel
{
    public CircleOverview Overview { get; private set; } = null!;

    public bool CanSeePlan { get; private set; }

    public IReadOnlyList<CircleMember> Others => [.. Overview.Members.Where(m => !m.IsOwner)];

    public DateOnly OwnerToday { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await circles.GetOverviewAsync(id, UserId, cancellationToken);
        CanSeePlan = await plans.CanSeeAsync(Overview.Me, cancellationToken);
        OwnerToday = TimeZones.Today(clock, Overview.Owner.TimeZoneId);
    }

    public async Task<IActionResult> OnPostShareAsync(string id, UpdateInput input, CancellationToken cancellationToken)
    {
        await updates.PostAsync(id, UserId, input, cancellationToken);
        return Done("Shared.");
    }

    public async Task<IActionResult> OnPostRestartAsync(string id, DateOnly? startDate, bool audienceAll, List<string>? audienceUserIds, CancellationToken cancellationToken)
    {
        await circles.RestartCounterAsync(id, UserId, startDate, audienceAll, audienceUserIds, cancellationToken);
        return Done("Your counter starts again from that day. Every day counts.");
    }

    public async Task<IActionResult> OnPostTimeZoneAsync(string id, string timeZoneId, CancellationToken cancellationToken)
    {
        await circles.SetTimeZoneAsync(id, UserId, timeZoneId, cancellationToken);
        return Done("Times now show in your time zone.");
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, string memberUserId, CancellationToken cancellationToken)
    {
        await circles.RemoveMemberAsync(id, UserId, memberUserId, cancellationToken);
        return Done("They are no longer in the circle.");
    }

    public async Task<IActionResult> OnPostHandOverAsync(string id, string? newOwnerUserId, CancellationToken cancellationToken)
    {
        await circles.HandOverAsync(id, UserId, newOwnerUserId, cancellationToken);
        return Done("The circle is in their hands now. You are still in it.");
    }

    public async Task<IActionResult> OnPostLeaveAsync(string id, CancellationToken cancellationToken)
    {
        await circles.LeaveAsync(id, UserId, cancellationToken);
        return Done("You left the circle.", $"{Request.PathBase}/circles");
    }
}
