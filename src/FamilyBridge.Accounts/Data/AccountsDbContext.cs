using FamilyBridge.Accounts.Models;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Accounts.Data;

/// <summary>
/// ASP.NET Core Identity's tables on the site's database. The module asks for this type;
/// <see cref="SqliteAccountsDbContext"/> and <see cref="PostgresAccountsDbContext"/> only carry one migration set each.
/// </summary>
public abstract class AccountsDbContext : IdentityDbContext<AccountUser, AccountRole, string>
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Accounts";

    protected AccountsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<AccountUser>(e => e.Property(x => x.DisplayName).HasMaxLength(100).IsRequired());
        builder.Entity<AccountRole>(e => e.Property(x => x.Description).HasMaxLength(500));
    }
}
