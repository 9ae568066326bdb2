using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyBridge.Notifications.Data;

/// <summary>Stores and reads every DateTime as UTC (PostgreSQL timestamptz insists; SQLite forgets).</summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(v => DateTime.SpecifyKind(v, DateTimeKind.Utc), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
