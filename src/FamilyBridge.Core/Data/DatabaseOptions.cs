namespace FamilyBridge.Core.Data;

public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Sqlite (embedded default, a file under App_Data) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From <c>ConnectionStrings:FamilyBridge</c>; required for Postgres, optional for Sqlite.</summary>
    public string? ConnectionString { get; set; }
}
