using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Core.Site;

/// <summary>
/// Absolute links to this site, for emails and headers such as <c>List-Unsubscribe</c>. They come from
/// <c>Site:BaseUrl</c> only: a request's Host or X-Forwarded-Host is whatever the sender wrote, and a reset link
/// built from it would carry the code to the sender's server.
/// </summary>
public sealed class SiteLinks(IOptions<SiteOptions> options, IServiceProvider services)
{
    /// <summary>Only in Development without <c>Site:BaseUrl</c> (validation refuses that elsewhere).</summary>
    private const string DevelopmentFallback = "http://localhost:5000/";

    private Uri? _baseUri;

    /// <summary>The public address, always ending in a slash.</summary>
    public Uri BaseUri => _baseUri ??= WithSlash(options.Value.BaseUrl ?? ListeningAddress());

    /// <summary>The absolute address of <paramref name="pathAndQuery"/> (e.g. <c>/account/login</c>) on this site.</summary>
    public Uri Absolute(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return new Uri(BaseUri, pathAndQuery.TrimStart('/'));
    }

    private static Uri WithSlash(Uri uri) => uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    // `dotnet run` in Development: the address Kestrel was told to listen on (configuration, not a request header).
    private Uri ListeningAddress()
    {
        var address = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return new Uri(DevelopmentFallback);
        }

        address = address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal);
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) ? uri : new Uri(DevelopmentFallback);
    }
}
