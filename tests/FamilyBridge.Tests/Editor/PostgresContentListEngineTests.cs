using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.Editor;

public sealed class PostgresContentListEngineTests : ContentListEngineTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
