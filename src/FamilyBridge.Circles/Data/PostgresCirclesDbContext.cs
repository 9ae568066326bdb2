using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Circles.Data;

/// <summary>Carries the Postgres migrations (Migrations/Postgres).</summary>
public sealed class PostgresCirclesDbContext(DbContextOptions<PostgresCirclesDbContext> options) : CirclesDbContext(options);
