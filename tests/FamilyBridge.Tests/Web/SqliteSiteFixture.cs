using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Web;

public sealed class SqliteSiteFixture() : SiteFixture(SiteDatabase.Sqlite);
