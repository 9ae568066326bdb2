using FamilyBridge.Core.Admin;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Localization;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Notifications.Data;
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
        services.AddModuleText();
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddModuleDbContext<NotificationsDbContext, SqliteNotificationsDbContext, PostgresNotificationsDbContext>(
            NotificationsDbContext.MigrationsHistoryTable);

        services.TryAddSingleton<MimeMessageFactory>();
        services.TryAddSingleton<SmtpMailTransport>();
        services.TryAddSingleton<PickupFolderMailSender>();
        // Smtp:Host decides: a site with no mail server still works, writing .eml files an operator can open.
        services.TryAddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesSmtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<PickupFolderMailSender>());

        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxBatchSender>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHostedService<OutboxNotifyListener>();
        services.AddMetrics(); // IMeterFactory, which the web host adds too; composed without it in tests and tools
        services.TryAddSingleton<NotificationsMetrics>();
        services.TryAddSingleton<EmailOutbox>();
        services.TryAddSingleton<IEmailOutbox>(sp => sp.GetRequiredService<EmailOutbox>());
        services.TryAddSingleton<IMailSender, OutboxMailSender>();
        services.TryAddScoped<MailQueue>();
        services.AddScoped<IPersonalDataContributor, NotificationsPersonalData>();

        services.AddSingleton(new AdminMenuEntry(
            "Mail queue", "/admin/mail", AdminPolicies.Administrator, "Emails waiting to go out, and any the mail server refused.", 60));
        return services;
    }
}
