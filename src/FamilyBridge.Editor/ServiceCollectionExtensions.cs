using FamilyBridge.Core.Admin;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Localization;
using FamilyBridge.Editor.Data;
using FamilyBridge.Editor.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Editor;

public static class ServiceCollectionExtensions
{
    /// <summary>The Editor module's door: the content workspace under /admin for editors and authors.</summary>
    public static IServiceCollection AddEditor(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddModuleDbContext<EditorDbContext, SqliteEditorDbContext, PostgresEditorDbContext>(EditorDbContext.MigrationsHistoryTable);
        services.AddScoped<ContentAuditLog>();
        services.AddScoped<IContentAuditLog>(sp => sp.GetRequiredService<ContentAuditLog>());
        services.AddScoped<ContentScheduler>();
        services.AddScoped<ContentFormBuilder>();
        services.AddScoped<ContentPaths>();
        services.AddScoped<ContentTranslations>();
        services.AddOptions<ScheduleRunnerOptions>().Bind(configuration.GetSection(ScheduleRunnerOptions.SectionName))
            .Validate(o => o.ScheduleInterval > TimeSpan.Zero, "Editor:ScheduleInterval must be longer than zero (e.g. 00:00:30).")
            .ValidateOnStart();
        services.AddHostedService<ScheduleRunner>();

        services.AddSingleton(new AdminMenuEntry("Content", "/admin/content", AdminPolicies.Author,
            "Write, preview, schedule and publish lessons, modules, resources and pages.", Order: 10));
        services.AddSingleton(new AdminMenuEntry("Content types", "/admin/types", AdminPolicies.Editor, "See what each kind of content is made of; administrators add fields.", Order: 30));
        services.AddSingleton(new AdminMenuEntry("Design system", "/admin/design", AdminPolicies.Editor,
            "Every form part, button, table and message the site uses, with the markup to copy.", Order: 35));
        services.AddSingleton(new AdminMenuEntry("Recipes", "/admin/recipes", AdminPolicies.Administrator, "Export the site or import content in Orchard Core's recipe format.", Order: 80));
        services.AddSingleton(new AdminMenuEntry("Templates", "/admin/templates", AdminPolicies.Administrator,
            "Change how a kind of content looks with Liquid templates, named as in Orchard Core.", Order: 85));
        services.AddSingleton(new AdminMenuEntry("Audit log", "/admin/audit", AdminPolicies.Administrator,
            "Who changed which content, and when.", Order: 90));
        // One page serves both "new" and "edit": a new item has a type and no id yet.
        services.AddRazorPages(o => o.Conventions.AddPageRoute("/Admin/Content/Edit", "admin/content/new/{type}"));
        return services;
    }
}
