using System.Net;
using FamilyBridge.Core.Site;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Web.Hosting;

/// <summary>
/// The host names and proxies the site believes, both from the <c>Site</c> section: requests for any other Host are
/// refused (400), and X-Forwarded-For/-Proto count only when they come from a configured proxy.
/// </summary>
public static class PublicAddressExtensions
{
    /// <summary>Loopback names a developer's browser and the test hosts use; accepted in Development only.</summary>
    private static readonly string[] DevelopmentHosts = ["localhost", "127.0.0.1", "[::1]"];

    public static IServiceCollection AddPublicAddress(this IServiceCollection services)
    {
        // An operator's own AllowedHosts wins; otherwise only the host of Site:BaseUrl is served. (Runs before the
        // host's default, which fills in "*" only when the list is still empty.)
        services.AddOptions<HostFilteringOptions>().Configure<IConfiguration, IOptions<SiteOptions>, IHostEnvironment>((o, configuration, site, environment) =>
        {
            if (!string.IsNullOrWhiteSpace(configuration["AllowedHosts"]) || site.Value.BaseUrl is not { IsAbsoluteUri: true } baseUrl)
            {
                return;
            }

            o.AllowedHosts = environment.IsDevelopment() ? [baseUrl.IdnHost, .. DevelopmentHosts] : [baseUrl.IdnHost];
        });
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SiteOptions>>((o, site) =>
        {
            // Never X-Forwarded-Host: no link is built from the Host, and host filtering must see the real one.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in site.Value.KnownProxies)
            {
                if (IPAddress.TryParse(proxy, out var address))
                {
                    o.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(proxy, out var network))
                {
                    o.KnownIPNetworks.Add(network);
                }
            }
        });
        return services;
    }
}
