using FamilyBridge.ContentManagement.Services;

namespace FamilyBridge.Web.Hosting;

public static class ContentSetupExtensions
{
    /// <summary>Imports the setup recipe on a site's first start (content types, settings, roles, curriculum).</summary>
    public static async Task EnsureContentSetUpAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IContentSetup>().EnsureSetUpAsync(cancellationToken);
    }
}
