using FamilyBridge.Circles.Models;
using FamilyBridge.Circles.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Circles.Pages.Circles;

public sealed class IndexModel(CircleService circles) : CirclePageModel
{
    public IReadOnlyList<(Circle Circle, CircleMember Me)> Mine { get; private set; } = [];

    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Mine = await circles.ListMineAsync(UserId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await circles.CreateAsync(UserId, Input.Name ?? "", Input.DisplayName ?? "", Input.TimeZoneId, Input.StartDate, cancellationToken);
        return Done("Your circle is ready. Invite the people you want close.", $"{Request.PathBase}/circles/{id}");
    }

    public sealed class CreateInput
    {
        public string? Name { get; set; }

        public string? DisplayName { get; set; }

        public string? TimeZoneId { get; set; } = "UTC";

        public DateOnly? StartDate { get; set; }
    }
}
