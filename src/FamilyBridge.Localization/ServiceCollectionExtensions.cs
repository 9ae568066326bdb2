using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FamilyBridge.Core.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace FamilyBridge.Localization;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The Localization module's door: the cultures from <c>Localization:Cultures</c>, chosen per request by the URL
    /// prefix, then the switcher's cookie, then <c>Accept-Language</c>; resource files under each module's
    /// <c>Resources/</c>; validation and model-binding messages in the reader's language.
    /// </summary>
    public static IServiceCollection AddSiteLocalization(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SiteCultureOptions>().Bind(configuration.GetSection(SiteCultureOptions.SectionName))
            .Validate(o => o.Cultures.All(c => CultureNames.IsKnown(c)) && CultureNames.IsKnown(o.DefaultCulture),
                "Localization:Cultures and Localization:DefaultCulture must name cultures .NET knows (en, es, es-MX …).")
            .ValidateOnStart();
        services.AddModuleText();
        services.AddOptions<RequestLocalizationOptions>().Configure<IOptions<SiteCultureOptions>>((o, site) =>
        {
            var cultures = site.Value.SupportedCultures;
            o.SupportedCultures = [.. cultures];
            o.SupportedUICultures = [.. cultures];
            o.DefaultRequestCulture = new RequestCulture(site.Value.DefaultCulture);
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders =
            [
                new CulturePathPrefixMiddleware.RequestCultureFromPath(),
                new CookieRequestCultureProvider { CookieName = LanguageEndpoints.CookieName },
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        // PostConfigure: MVC's own setup, registered later, would put back its one-resource-per-model default.
        services.AddOptions<MvcDataAnnotationsLocalizationOptions>().PostConfigure(o =>
            o.DataAnnotationLocalizerProvider = (type, factory) => factory.Create(ModuleTextOf(type.Assembly)));
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((o, factory) =>
            ModelBindingMessages.Localize(o.ModelBindingMessageProvider, factory.Create(typeof(CommonText))));
        // Razor writes "Español" and "¿Cómo?" as they are, not as &#xF1; escapes: smaller pages, readable source.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<LanguageLinks>();
        return services;
    }

    /// <summary>Before routing: the prefix becomes the path base, then the request's culture is set.</summary>
    public static IApplicationBuilder UseSiteLocalization(this IApplicationBuilder app)
    {
        app.UseMiddleware<CulturePathPrefixMiddleware>();
        return app.UseRequestLocalization();
    }

    private static Type ModuleTextOf(Assembly assembly) =>
        assembly.GetCustomAttribute<ModuleTextAttribute>()?.TextType ?? typeof(CommonText);
}
