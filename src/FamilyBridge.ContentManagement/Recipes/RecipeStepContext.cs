using System.Data.Common;
using System.Text.Json.Nodes;

namespace FamilyBridge.ContentManagement.Recipes;

/// <summary>
/// One step being applied. The whole import runs in one database transaction: a handler that writes through
/// its own DbContext enlists it with <c>Database.SetDbConnection(Connection)</c> and
/// <c>Database.UseTransaction(Transaction)</c>, so a later failure rolls everything back (and SQLite never sees
/// two writers at once).
/// </summary>
public sealed class RecipeStepContext
{
    public required string RecipeName { get; init; }

    /// <summary>The step's name as written in the file.</summary>
    public required string StepName { get; init; }

    /// <summary>0-based position of the step in the recipe; messages show it counted from 1 ("step 3 (content)" is StepIndex 2).</summary>
    public required int StepIndex { get; init; }

    /// <summary>The step's JSON with <c>[js: …]</c> expressions already evaluated.</summary>
    public required JsonObject Step { get; init; }

    public required DbConnection Connection { get; init; }

    public required DbTransaction Transaction { get; init; }

    /// <summary>Lines for the import report ("3 content items imported").</summary>
    public IList<string> Messages { get; } = [];

    /// <summary>The recipe file being imported (nested recipes and <c>file:text</c> paths are relative to it).</summary>
    public string? RecipeFilePath { get; init; }

    internal RecipeExecution? Execution { get; init; }

    /// <summary>
    /// Runs <paramref name="action"/> after the whole import commits (e.g. publishing a domain event), never when it
    /// rolls back. Outside an import (a handler called directly) it is kept in <see cref="PendingAfterCommit"/>.
    /// </summary>
    public void OnCommitted(Func<CancellationToken, Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        (Execution?.AfterCommit ?? PendingAfterCommit).Add(action);
    }

    /// <summary>Actions registered through <see cref="OnCommitted"/> when the context is not part of an import.</summary>
    public IList<Func<CancellationToken, Task>> PendingAfterCommit { get; } = [];
}
