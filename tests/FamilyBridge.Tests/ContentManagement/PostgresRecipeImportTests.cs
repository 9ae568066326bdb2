using FamilyBridge.Core.Data;

namespace FamilyBridge.Tests.ContentManagement;

public sealed class PostgresRecipeImportTests : RecipeImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
