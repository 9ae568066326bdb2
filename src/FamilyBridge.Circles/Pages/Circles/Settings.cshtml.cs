using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>
/// Everything that changes how the circle works rather than what it says: the viewer's time zone; for the owner the
/// counter's start date, handing the circle over and the way to email sharing and the record of changes; for a member
/// the way out.
/// </summary>
public sealed class SettingsModel(CircleService circles, CircleEmailLanguage emailLanguage, TimeProvider clock) : CirclePageModel
{
    public CirclePeople People { get; private set; } = null!;

    public DateOnly OwnerToday { get; private set; }

    public bool HasStartDate { get; private set; }

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        People = await circles.GetPeopleAsync(id, UserId, cancellationToken);
        OwnerToday = TimeZones.Today(clock, People.Owner.TimeZoneId);
        HasStartDate = People.Me.IsOwner && await circles.HasCurrentPeriodAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRestartAsync(string id, DateOnly? startDate, bool audienceAll, List<string>? audienceUserIds, CancellationToken cancellationToken)
    {
        await circles.RestartCounterAsync(id, UserId, startDate, audienceAll, audienceUserIds, cancellationToken);
        return Done("Your counter starts from that day. Every day counts.", $"{Request.PathBase}/circles/{id}");
    }

    public async Task<IActionResult> OnPostTimeZoneAsync(string id, string timeZoneId, CancellationToken cancellationToken)
    {
        await circles.SetTimeZoneAsync(id, UserId, timeZoneId, cancellationToken);
        return Done("Times now show in your time zone.");
    }

    public async Task<IActionResult> OnPostEmailLanguageAsync(string id, string? language, CancellationToken cancellationToken)
    {
        await emailLanguage.SetAsync(id, UserId, language, cancellationToken);
        return Done(EmailCulture.Normalize(language) == EmailCulture.Spanish
            ? "New invitations and sharing requests will be in Spanish."
            : "New invitations and sharing requests will be in English.");
    }

    public async Task<IActionResult> OnPostHandOverAsync(string id, string? newOwnerUserId, CancellationToken cancellationToken)
    {
        await circles.HandOverAsync(id, UserId, newOwnerUserId, cancellationToken);
        return Done("The circle is in their hands now. You are still in it.", $"{Request.PathBase}/circles/{id}");
    }
}
