using System.Reflection;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Theme.Display;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace FamilyBridge.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    /// <summary>The host's own door: MVC and Razor Pages over every module, the theme, antiforgery and HSTS.</summary>
    public static IServiceCollection AddFamilyBridgeWeb(this IServiceCollection services)
    {
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .ConfigureApplicationPartManager(AddModuleParts)
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.AddRazorPages();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "fb-antiforgery";
            o.Cookie.Path = "/"; // not the request's path base: a form under /es/ and one without share the token
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });
        // Keys live in App_Data so sign-in cookies, antiforgery tokens and the unsubscribe links already sitting in
        // people's inboxes keep working across restarts and redeploys of the same site.
        services.AddDataProtection().SetApplicationName("FamilyBridge");
        services.AddOptions<KeyManagementOptions>().Configure<AppDataPaths, ILoggerFactory>((o, paths, logging) =>
            o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(paths.GetFolder("keys")), logging));
        services.AddPublicAddress();
        services.AddAuthentication();
        services.AddAuthorization();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        services.AddSingleton<ContentTemplateResolver>();
        services.AddHttpContextAccessor();
        services.AddScoped<ContentManagement.Display.IWidgetTemplateRenderer, RazorWidgetTemplateRenderer>();
        return services;
    }

    /// <summary>
    /// Every module that brings controllers, pages, views or view components, named here rather than found by
    /// scanning, so what the site serves is written down. Assemblies MVC already found are not added twice.
    /// </summary>
    private static void AddModuleParts(ApplicationPartManager manager)
    {
        Assembly[] modules =
        [
            typeof(WebServiceCollectionExtensions).Assembly,
            typeof(ContentTemplateResolver).Assembly,
            typeof(ContentManagement.ServiceCollectionExtensions).Assembly,
            typeof(Accounts.ServiceCollectionExtensions).Assembly,
            typeof(Learning.ServiceCollectionExtensions).Assembly,
            typeof(Circles.ServiceCollectionExtensions).Assembly,
            typeof(Search.ServiceCollectionExtensions).Assembly,
            typeof(Notifications.ServiceCollectionExtensions).Assembly,
            typeof(Editor.ServiceCollectionExtensions).Assembly,
            typeof(Media.ServiceCollectionExtensions).Assembly,
            typeof(Backup.ServiceCollectionExtensions).Assembly,
            typeof(Discovery.ServiceCollectionExtensions).Assembly,
        ];
        foreach (var assembly in modules)
        {
            if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
            {
                continue;
            }

            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                manager.ApplicationParts.Add(part);
            }
        }
    }
}
