using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>Carries the SQLite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options) : ContentDbContext(options);
