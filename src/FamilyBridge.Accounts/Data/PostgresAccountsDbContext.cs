using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Data;

/// <summary>Carries the Postgres migrations (Migrations/Postgres).</summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
