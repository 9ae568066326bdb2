using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Data;

/// <summary>Carries the Postgres migrations (Migrations/Postgres).</summary>
public sealed class PostgresLearningDbContext(DbContextOptions<PostgresLearningDbContext> options) : LearningDbContext(options);
