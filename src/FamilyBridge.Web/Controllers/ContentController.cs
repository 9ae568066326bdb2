using System.Security.Claims;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Events;
using FamilyBridge.Learning.Events;
using FamilyBridge.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Web.Controllers;

/// <summary>
/// Every published item at its <c>AutoroutePart.Path</c>. The routes are catch-alls with the highest Order, so
/// any module's route wins over them; a path with no published item is a 404.
/// </summary>
public sealed class ContentController(IContentQuery query, ContentShapeBuilder shapes, IDomainEventPublisher events) : Controller
{
    private const int LastRouteOrder = int.MaxValue;

    [HttpGet("/{**path}", Order = LastRouteOrder)]
    public async Task<IActionResult> Display(string? path, CancellationToken cancellationToken)
    {
        var item = await FindAsync(path, cancellationToken);
        return item is null
            ? NotFound()
            : View("Display", await shapes.BuildDetailAsync(item, knowledgeCheck: null, cancellationToken));
    }

    /// <summary>The lesson's knowledge check, posted to the lesson's own path and scored here.</summary>
    [HttpPost("/{**path}", Order = LastRouteOrder)]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SubmitKnowledgeCheck(string? path, CancellationToken cancellationToken)
    {
        var lesson = await FindAsync(path, cancellationToken);
        if (lesson is null || lesson.ContentType != "Lesson" || lesson.GetBagItems("Questions").Count == 0)
        {
            return NotFound();
        }

        var form = await Request.ReadFormAsync(cancellationToken);
        var result = KnowledgeCheckScorer.Score(lesson, name => form[name]);
        if (User.Identity?.IsAuthenticated == true && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var answers = result.Questions
                .Where(q => q.Chosen is not null)
                .ToDictionary(q => q.QuestionContentItemId, q => q.Chosen!.Value);
            await events.PublishAsync(
                new KnowledgeCheckSubmitted(userId, lesson.ContentItemId, answers, result.Correct, result.Total),
                cancellationToken);
        }

        return View("Display", await shapes.BuildDetailAsync(lesson, result, cancellationToken));
    }

    private async Task<ContentItem?> FindAsync(string? path, CancellationToken cancellationToken)
    {
        var trimmed = path?.Trim('/');
        return string.IsNullOrEmpty(trimmed) ? null : await query.GetPublishedByPathAsync(trimmed, cancellationToken);
    }
}
