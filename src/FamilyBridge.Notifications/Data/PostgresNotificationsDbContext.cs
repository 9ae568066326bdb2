using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Notifications.Data;

/// <summary>Carries the Postgres migrations (Migrations/Postgres).</summary>
public sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options) : NotificationsDbContext(options);
