namespace FamilyBridge.Tests.Infrastructure;

/// <summary>The database a <see cref="SiteFactory"/> site runs on.</summary>
public enum SiteDatabase
{
    /// <summary>A SQLite file in the site's own temp App_Data folder.</summary>
    Sqlite,

    /// <summary>A fresh PostgreSQL database on the server named by FB_TEST_POSTGRES.</summary>
    Postgres,
}
