using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Handlers;
using FamilyBridge.Circles.Options;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Notifications.Services;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyBridge.Circles;

public static class ServiceCollectionExtensions
{
    /// <summary>The Circles module's door: its tables, its services and its pages under /circles.</summary>
    public static IServiceCollection AddCircles(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<CirclesDbContext, SqliteCirclesDbContext, PostgresCirclesDbContext>(
            CirclesDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CircleAccess>();
        services.AddScoped<CircleService>();
        services.AddScoped<InvitationService>();
        services.AddScoped<UpdateService>();
        services.AddScoped<ChecklistService>();
        services.AddScoped<PlanService>();
        services.AddScoped<AuditService>();
        services.AddScoped<CircleEmailLanguage>();
        services.AddScoped<IPersonalDataContributor, CirclesPersonalData>();
        services.AddScoped<IAccountDeletionNotice, CirclesDeletionNotice>();
        services.AddScoped<IDomainEventHandler<AccountDeleting>, AccountDeletingHandler>();
        AddConsent(services, configuration);
        // Consent emails are written in their recipient's language, also by the digest job outside any request.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages();
        return services;
    }

    /// <summary>Consented progress emails: grants, their links, the send-time gate and the digest clock.</summary>
    private static void AddConsent(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConsentOptions>().Bind(configuration.GetSection(ConsentOptions.SectionName))
            .Validate(o => o.MaxGrantsPerCircle > 0 && o.ReminderBefore >= TimeSpan.Zero, "Circles:Consent needs MaxGrantsPerCircle > 0 and ReminderBefore >= 0.")
            .ValidateOnStart();
        services.AddDataProtection();
        services.TryAddScoped<IAccountEmails, AccountEmailDirectory>();
        services.AddSingleton<ConsentLinks>();
        services.AddSingleton<ConsentEmails>();
        services.AddScoped<ConsentMailer>();
        services.AddScoped<ConsentService>();
        services.AddScoped<ConsentLinkService>();
        services.AddScoped<IOutboxDeliveryGate, ConsentDeliveryGate>();
        services.AddSingleton<ConsentScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<ConsentScheduler>());
    }
}
