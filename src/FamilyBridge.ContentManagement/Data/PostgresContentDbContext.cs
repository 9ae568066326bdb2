using FamilyBridge.Core.Cluster;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Data;

/// <summary>Carries the PostgreSQL migrations (Migrations/Postgres).</summary>
public sealed class PostgresContentDbContext(DbContextOptions<PostgresContentDbContext> options, IClusterBus? bus = null) : ContentDbContext(options, bus);
