using FamilyBridge.ContentManagement.Commands;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Display;
using FamilyBridge.ContentManagement.Display.Liquid;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.ContentManagement.Services;
using FamilyBridge.Core.Caching;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.ContentManagement;

public static class ServiceCollectionExtensions
{
    /// <summary>The ContentManagement module's door: everything it registers.</summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<ContentDbContext, SqliteContentDbContext, PostgresContentDbContext>(ContentDbContext.MigrationsHistoryTable);

        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IContentQuery, ContentQuery>();
        services.AddScoped<IContentLocalizations, ContentLocalizations>();
        services.AddScoped<IContentChangeFeed, ContentChangeFeed>();
        services.AddScoped<SiteSettingsService>();
        services.AddScoped<ISiteSettingsService>(sp => sp.GetRequiredService<SiteSettingsService>());
        services.AddScoped<ContentItemImporter>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddScoped<IContentBodyRenderer, ContentBodyRenderer>();
        services.AddScoped<IHomeRouteResolver, HomeRouteResolver>();
        services.AddSingleton<LiquidContentRenderer>();
        services.AddScoped<StoredLiquidTemplates>();
        services.AddSingleton<StoredLiquidTemplateCache>();
        services.AddSingleton<INodeMemoryCache>(sp => sp.GetRequiredService<StoredLiquidTemplateCache>());
        services.AddScoped<IDomainEventHandler<SiteSettingsChanged>, StoredLiquidTemplateEvictionHandler>();

        services.AddScoped<RecipeImporter>();
        services.AddScoped<IRecipeImporter>(sp => sp.GetRequiredService<RecipeImporter>());
        services.AddScoped<IRecipeExporter, RecipeExporter>();
        services.AddScoped<IContentSetup, ContentSetup>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, ThemesStep>();
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
        services.AddScoped<IRecipeStepHandler, MediaStep>();
        foreach (var name in KeptStep.Names)
        {
            services.AddScoped<IRecipeStepHandler>(sp => new KeptStep(name, sp.GetRequiredService<ISiteSettingsService>()));
        }

        services.AddScoped<ICommandLineCommand, RecipesImportCommand>();
        services.AddScoped<ICommandLineCommand, RecipesExportCommand>();
        return services;
    }
}
