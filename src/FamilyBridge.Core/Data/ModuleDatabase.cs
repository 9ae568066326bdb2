using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Core.Data;

/// <summary>One module's DbContext, remembered so start-up can migrate every module in order.</summary>
public sealed class ModuleDatabase(Type contextType)
{
    public Type ContextType { get; } = contextType;

    public async Task MigrateAsync(IServiceProvider scopedServices, CancellationToken cancellationToken)
    {
        var context = (DbContext)scopedServices.GetRequiredService(ContextType);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
