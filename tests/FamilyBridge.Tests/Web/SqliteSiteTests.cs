namespace FamilyBridge.Tests.Web;

public sealed class SqliteSiteTests(SqliteSiteFixture fixture) : SiteBehaviourTests(fixture), IClassFixture<SqliteSiteFixture>;
