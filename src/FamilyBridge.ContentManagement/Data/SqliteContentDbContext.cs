using FamilyBridge.Core.Cluster;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>Carries the SQLite migrations (Migrations/Sqlite).</summary>
public sealed class SqliteContentDbContext(DbContextOptions<SqliteContentDbContext> options, IClusterBus? bus = null) : ContentDbContext(options, bus);
