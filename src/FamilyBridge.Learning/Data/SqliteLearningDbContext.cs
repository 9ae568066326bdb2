using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteLearningDbContext(DbContextOptions<SqliteLearningDbContext> options) : LearningDbContext(options);
