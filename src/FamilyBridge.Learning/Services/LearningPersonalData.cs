using System.Text.Json.Nodes;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Learning.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Services;

/// <summary>The "learning" section of a reader's data download: every row this module keeps about them.</summary>
public sealed class LearningPersonalData(LearningDbContext db) : IPersonalDataContributor
{
    public string Name => "learning";

    public string Description => "the lessons you opened and finished, your knowledge-check answers, your reflection notes and your checklist ticks.";

    public async Task<JsonNode> ExportAsync(PersonalDataSubject person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var userId = person.UserId;
        var lessons = await db.LessonProgress.AsNoTracking().Where(x => x.UserId == userId)
            .OrderBy(x => x.LastActivityUtc).ToListAsync(cancellationToken);
        var checks = await db.KnowledgeCheckResults.AsNoTracking().Where(x => x.UserId == userId)
            .OrderBy(x => x.Id).ToListAsync(cancellationToken);
        var notes = await db.ReflectionNotes.AsNoTracking().Where(x => x.UserId == userId)
            .OrderBy(x => x.UpdatedUtc).ToListAsync(cancellationToken);
        var ticks = await db.ChecklistTicks.AsNoTracking().Where(x => x.UserId == userId)
            .OrderBy(x => x.CheckedUtc).ToListAsync(cancellationToken);
        return new JsonObject
        {
            ["lessons"] = new JsonArray([.. lessons.Select(x => (JsonNode)new JsonObject
            {
                ["lessonId"] = x.LessonContentItemId,
                ["moduleId"] = x.ModuleContentItemId,
                ["lastActivityUtc"] = x.LastActivityUtc,
                ["completedUtc"] = x.CompletedUtc,
            })]),
            ["knowledgeChecks"] = new JsonArray([.. checks.Select(x => (JsonNode)new JsonObject
            {
                ["lessonId"] = x.LessonContentItemId,
                ["answers"] = JsonNode.Parse(x.AnswersJson),
                ["correct"] = x.Correct,
                ["total"] = x.Total,
                ["submittedUtc"] = x.SubmittedUtc,
            })]),
            ["reflectionNotes"] = new JsonArray([.. notes.Select(x => (JsonNode)new JsonObject
            {
                ["lessonId"] = x.LessonContentItemId,
                ["text"] = x.Text,
                ["updatedUtc"] = x.UpdatedUtc,
            })]),
            ["checklist"] = new JsonArray([.. ticks.Select(x => (JsonNode)new JsonObject
            {
                ["lessonId"] = x.LessonContentItemId,
                ["itemId"] = x.ChecklistItemId,
                ["checkedUtc"] = x.CheckedUtc,
            })]),
        };
    }
}
