using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FamilyBridge.Accounts.Services;

/// <summary>At start, while the site has no administrator, makes the setup token and prints where to use it.</summary>
public sealed class SetupTokenAnnouncer(IServiceScopeFactory scopes, SetupToken token) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<SetupService>().IsRequiredAsync())
        {
            return;
        }

        var value = token.GetOrCreate();
        await Console.Out.WriteLineAsync(
            $"FamilyBridge is not set up yet. Open /setup?token={value} on this site to create the first administrator " +
            $"(the token is also in {token.FilePath}), or run the 'setup' command.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
