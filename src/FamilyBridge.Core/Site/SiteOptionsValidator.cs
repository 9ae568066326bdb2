using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Core.Site;

/// <summary>Fails the start with a clear message when the public address is missing or malformed.</summary>
public sealed class SiteOptionsValidator(IHostEnvironment environment) : IValidateOptions<SiteOptions>
{
    public ValidateOptionsResult Validate(string? name, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.BaseUrl is null)
        {
            if (!environment.IsDevelopment())
            {
                errors.Add("Site:BaseUrl is not set. Set it to the address people use to reach the site, e.g. https://family.example/ " +
                    "(environment variable Site__BaseUrl). Emailed links are built from it.");
            }
        }
        else if (!options.BaseUrl.IsAbsoluteUri || options.BaseUrl.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(options.BaseUrl.Query) || !string.IsNullOrEmpty(options.BaseUrl.Fragment))
        {
            errors.Add($"Site:BaseUrl '{options.BaseUrl}' must be an absolute http(s) address without a query, e.g. https://family.example/.");
        }

        foreach (var proxy in options.KnownProxies)
        {
            if (!IPAddress.TryParse(proxy, out _) && !IPNetwork.TryParse(proxy, out _))
            {
                errors.Add($"Site:KnownProxies holds '{proxy}', which is neither an IP address nor a network like 10.0.0.0/8.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
