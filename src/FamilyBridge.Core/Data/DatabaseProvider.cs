namespace FamilyBridge.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
