using FamilyBridge.Tests.Infrastructure;

namespace FamilyBridge.Tests.Web;

public sealed class PostgresSiteFixture() : SiteFixture(SiteDatabase.Postgres);
