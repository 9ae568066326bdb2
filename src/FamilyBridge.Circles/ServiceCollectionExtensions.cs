using FamilyBridge.Accounts.Events;
using FamilyBridge.Circles.Data;
using FamilyBridge.Circles.Handlers;
using FamilyBridge.Circles.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
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
        services.AddScoped<IDomainEventHandler<AccountDeleting>, AccountDeletingHandler>();
        services.AddRazorPages();
        return services;
    }
}
