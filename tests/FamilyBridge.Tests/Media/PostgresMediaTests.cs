using FamilyBridge.Media.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Media;

/// <summary>The media tables on the real PostgreSQL: migrations applied at start-up, rows written and read back.</summary>
public sealed class PostgresMediaTests
{
    [Fact]
    public async Task Images_are_stored_listed_found_and_deleted_on_postgres()
    {
        await using var site = await SiteFactory.StartAsync(SiteDatabase.Postgres);
        await using var scope = site.Services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();

        using var png = new MemoryStream(TestImages.Png);
        var uploaded = await library.UploadAsync(png, "door.png", "A front door with a wreath", "user-1");
        var listed = await library.ListAsync();
        var found = await library.FindByFileNameAsync(uploaded.Asset!.FileName);
        await library.DeleteAsync(found!);

        Assert.Equal("A front door with a wreath", Assert.Single(listed).AltText);
        Assert.Equal(DateTimeKind.Utc, listed[0].UploadedUtc.Kind);
        Assert.Equal("image/png", found!.ContentType);
        Assert.Equal("door.png", found.OriginalName);
        Assert.Empty(await library.ListAsync());
        Assert.False(File.Exists(library.GetFilePath(found)));
    }
}
