using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Data;

/// <summary>Carries the Sqlite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteAccountsDbContext(DbContextOptions<SqliteAccountsDbContext> options) : AccountsDbContext(options);
