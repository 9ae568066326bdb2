namespace FamilyBridge.Tests.Web;

public sealed class PostgresSiteTests(PostgresSiteFixture fixture) : SiteBehaviourTests(fixture), IClassFixture<PostgresSiteFixture>;
