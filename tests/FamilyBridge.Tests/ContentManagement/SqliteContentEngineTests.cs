using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class SqliteContentEngineTests : ContentEngineTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
