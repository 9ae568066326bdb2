using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Recipes.Scripting;
using FamilyBridge.ContentManagement.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// Runs recipes in one transaction on the content database's connection; step handlers (ours and other
/// modules') enlist in it. Events and other after-commit work run only once everything is committed.
/// </summary>
public sealed class RecipeImporter(
    ContentDbContext db,
    IEnumerable<IRecipeStepHandler> handlers,
    SiteSettingsService siteSettings,
    IConfiguration configuration) : IRecipeImporter
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers =
        handlers.GroupBy(h => h.StepName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    private readonly RecipeLimits _limits = RecipeLimits.From(configuration);

    public Task<RecipeImportResult> ImportFileAsync(string path, CancellationToken cancellationToken) =>
        ImportFileAsync(path, beforeCommit: null, cancellationToken);

    /// <param name="beforeCommit">Runs inside the transaction after the last step, with the recipe's name.</param>
    internal async Task<RecipeImportResult> ImportFileAsync(
        string path, Func<string, CancellationToken, Task>? beforeCommit, CancellationToken cancellationToken)
    {
        var recipe = await RecipeReader.ReadFileAsync(path, _limits, cancellationToken);
        RecipeExecution execution;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var site = await siteSettings.GetOrCreateRecordAsync(cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                execution = new RecipeExecution
                {
                    Connection = db.Database.GetDbConnection(),
                    Transaction = transaction.GetDbTransaction(),
                    InstanceId = site.InstanceId,
                    Limits = _limits,
                };
                var current = execution;
                execution.RunRecipeAsync = (nested, ct) => RunAsync(nested, current, ct);
                await RunAsync(recipe, execution, cancellationToken);
                if (beforeCommit is not null)
                {
                    await beforeCommit(recipe.Name, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        foreach (var action in execution.AfterCommit)
        {
            await action(cancellationToken);
        }

        return new RecipeImportResult
        {
            RecipeName = recipe.Name,
            Lines = execution.Lines,
            SkippedSteps = execution.SkippedSteps,
        };
    }

    private async Task RunAsync(RecipeDescriptor recipe, RecipeExecution execution, CancellationToken cancellationToken)
    {
        if (execution.Running.Contains(recipe.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw new RecipeException(
                $"Recipe '{recipe.Name}' runs itself through a recipes step ({string.Join(" → ", execution.Running.Reverse())} → {recipe.Name}).");
        }

        execution.Running.Push(recipe.Name);
        var evaluator = new RecipeScriptEvaluator(recipe, execution.InstanceId, configuration, _limits);
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var step = recipe.Steps[i];
            var stepName = RecipeReader.String(step["name"])!;
            var label = $"{recipe.Name} step {i + 1} ({stepName})";
            var where = RecipeWhere.Step(recipe.FilePath, recipe.Name, i, stepName);
            if (!_handlers.TryGetValue(stepName, out var handler))
            {
                execution.SkippedSteps.Add(stepName);
                execution.Lines.Add($"{label}: skipped, FamilyBridge has no handler for this step");
                continue;
            }

            var parameters = await siteSettings.GetAsync(cancellationToken);
            var context = new RecipeStepContext
            {
                RecipeName = recipe.Name,
                StepName = stepName,
                StepIndex = i,
                Step = evaluator.EvaluateStep(step, i, where, parameters),
                Connection = execution.Connection,
                Transaction = execution.Transaction,
                RecipeFilePath = recipe.FilePath,
                Execution = execution,
            };

            try
            {
                await handler.ExecuteAsync(context, cancellationToken);
            }
            catch (Exception e) when (e is not RecipeException and not OperationCanceledException)
            {
                throw new RecipeException($"{where} failed: {e.GetBaseException().Message}", e);
            }

            execution.Lines.AddRange(context.Messages.Count == 0 ? [$"{label}: done"] : context.Messages.Select(m => $"{label}: {m}"));
        }

        execution.Running.Pop();
    }
}
