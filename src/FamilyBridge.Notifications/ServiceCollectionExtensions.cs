using FamilyBridge.Notifications.Options;
using FamilyBridge.Notifications.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Notifications;

public static class ServiceCollectionExtensions
{
    /// <summary>The Notifications module's door: everything it registers.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MimeMessageFactory>();
        services.TryAddSingleton<SmtpMailSender>();
        services.TryAddSingleton<PickupFolderMailSender>();
        // Smtp:Host decides: a site with no mail server still works, writing .eml files an operator can open.
        services.TryAddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<PickupFolderMailSender>());
        return services;
    }
}
