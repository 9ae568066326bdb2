using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Media.Data;

/// <summary>Carries the PostgreSQL migrations (Migrations/Postgres).</summary>
public sealed class PostgresMediaDbContext(DbContextOptions<PostgresMediaDbContext> options) : MediaDbContext(options);
