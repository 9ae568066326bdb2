using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteCirclesDbContext(DbContextOptions<SqliteCirclesDbContext> options) : CirclesDbContext(options);
