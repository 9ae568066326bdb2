using FamilyBridge.Accounts.Events;
using FamilyBridge.Accounts.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Events;
using FamilyBridge.Core.Localization;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Learning.Data;
using FamilyBridge.Learning.Events;
using FamilyBridge.Learning.Handlers;
using FamilyBridge.Learning.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyBridge.Learning;

public static class ServiceCollectionExtensions
{
    /// <summary>The Learning module's door: everything it registers.</summary>
    public static IServiceCollection AddLearning(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddModuleDbContext<LearningDbContext, SqliteLearningDbContext, PostgresLearningDbContext>(
            LearningDbContext.MigrationsHistoryTable);
        services.TryAddSingleton(TimeProvider.System);
        services.AddRazorPages();
        services.AddScoped<LearningService>();
        services.AddScoped<IDomainEventHandler<KnowledgeCheckSubmitted>, KnowledgeCheckSubmittedHandler>();
        services.AddScoped<IDomainEventHandler<AccountDeleting>, AccountDeletingHandler>();
        services.AddScoped<IPersonalDataContributor, LearningPersonalData>();
        return services;
    }
}
