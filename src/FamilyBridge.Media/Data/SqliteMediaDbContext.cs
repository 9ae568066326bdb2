using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Media.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteMediaDbContext(DbContextOptions<SqliteMediaDbContext> options) : MediaDbContext(options);
