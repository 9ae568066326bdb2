using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Editor.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteEditorDbContext(DbContextOptions<SqliteEditorDbContext> options) : EditorDbContext(options);
