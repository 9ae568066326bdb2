using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Editor.Data;

/// <summary>Carries the Postgres migrations (Migrations/Postgres).</summary>
public sealed class PostgresEditorDbContext(DbContextOptions<PostgresEditorDbContext> options) : EditorDbContext(options);
