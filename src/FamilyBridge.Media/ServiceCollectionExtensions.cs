using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.Admin;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Localization;
using FamilyBridge.Media.Data;
using FamilyBridge.Media.Services;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Media;

public static class ServiceCollectionExtensions
{
    /// <summary>The Media module's door: the image library editors upload to and lessons show from.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddModuleDbContext<MediaDbContext, SqliteMediaDbContext, PostgresMediaDbContext>(MediaDbContext.MigrationsHistoryTable);
        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.SectionName))
            .Validate(o => o.MaxUploadBytes is > 0 and <= 256L * 1024 * 1024, "Media:MaxUploadBytes must be between 1 byte and 256 MB.")
            .ValidateOnStart();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaLibrary>(sp => sp.GetRequiredService<MediaLibrary>());
        services.AddScoped<IRecipeMediaStore, RecipeMediaStore>();

        services.AddSingleton(new AdminMenuEntry("Media", "/admin/media", AdminPolicies.Author,
            "Upload images with alt text and copy them into lessons.", Order: 20));
        services.AddRazorPages();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<MediaOptions>>((pages, media) =>
            pages.Conventions.Add(new UploadLimitsConvention("/Admin/Media/Index", media.Value.RequestLimitBytes)));
        return services;
    }
}
