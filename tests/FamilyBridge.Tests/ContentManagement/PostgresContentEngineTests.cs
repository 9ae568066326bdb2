using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class PostgresContentEngineTests : ContentEngineTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
