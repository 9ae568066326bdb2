using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class SqliteRecipeImportTests : RecipeImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
