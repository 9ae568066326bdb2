using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

/// <summary>
/// The circle's home: the days counter, a milestone to share, the composer and the feed. People and settings have
/// their own pages; the forms that used to live here still answer, but a destructive one only leads to its
/// confirmation page.
/// </summary>
public sealed class CircleModel(CircleService circles, UpdateService updates) : CirclePageModel
{
    public CircleOverview Overview { get; private set; } = null!;

    /// <summary>What the composer shows: empty, or what was typed when a rule stopped it.</summary>
    public UpdateInput Composer { get; private set; } = new();

    public bool ComposerOpen { get; private set; }

    public IReadOnlyList<CircleMember> Others => [.. Overview.Members.Where(m => !m.IsOwner)];

    public async Task OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Overview = await circles.GetOverviewAsync(id, UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostShareAsync(string id, UpdateInput input, CancellationToken cancellationToken)
    {
        try
        {
            await updates.PostAsync(id, UserId, input, cancellationToken);
        }
        catch (CircleRuleException rule)
        {
            ShowError(rule.Message);
            Composer = input;
            ComposerOpen = input.Kind != UpdateKind.Milestone;
            Overview = await circles.GetOverviewAsync(id, UserId, cancellationToken);
            return Page();
        }

        return Done(input.Kind == UpdateKind.Milestone ? "Milestone shared." : "Update posted.");
    }

    public async Task<IActionResult> OnPostReactAsync(string id, string updateId, Reaction? reaction, CancellationToken cancellationToken)
    {
        if (reaction is not Reaction chosen)
        {
            throw new CircleRuleException("Choose a reaction.");
        }

        var added = await updates.ToggleReactionAsync(id, updateId, UserId, chosen, cancellationToken);
        return Done(ReactionWords.Status(chosen, added), $"{Request.PathBase}/circles/{id}#update-{updateId}");
    }

    // Removing and leaving ask first: an old one-click form lands on the confirmation page and changes nothing.
    public async Task<IActionResult> OnPostRemoveAsync(string id, string? memberUserId, CancellationToken cancellationToken)
    {
        var people = await circles.GetPeopleAsync(id, UserId, cancellationToken);
        var member = people.Me.IsOwner ? people.Others.SingleOrDefault(m => m.UserId == memberUserId) : null;
        return member is null ? NotFound() : Redirect($"{Request.PathBase}/circles/{id}/people/{member.Id}/remove");
    }

    public IActionResult OnPostLeave(string id) => Redirect($"{Request.PathBase}/circles/{id}/leave");

    // The counter, time zone and hand-over forms moved to the settings page; 307 keeps the posted form as it was.
    public IActionResult OnPostRestart(string id) => RedirectPreserveMethod($"{Request.PathBase}/circles/{id}/settings?handler=Restart");

    public IActionResult OnPostTimeZone(string id) => RedirectPreserveMethod($"{Request.PathBase}/circles/{id}/settings?handler=TimeZone");

    public IActionResult OnPostHandOver(string id) => RedirectPreserveMethod($"{Request.PathBase}/circles/{id}/settings?handler=HandOver");
}
