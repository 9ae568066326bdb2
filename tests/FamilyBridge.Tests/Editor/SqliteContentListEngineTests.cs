using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.Editor;

public sealed class SqliteContentListEngineTests : ContentListEngineTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
