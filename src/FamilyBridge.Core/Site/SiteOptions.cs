namespace FamilyBridge.Core.Site;

/// <summary>The site's public face (section <c>Site</c>): where people reach it and which proxies stand in front.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// The public address, e.g. <c>https://family.example/</c> (a path such as <c>/family/</c> is kept). Every link in
    /// every email is built from it, never from the request's Host, which anyone can set. Required outside
    /// Development.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/8</c>) of reverse proxies whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed. Empty: no forwarded header is believed.
    /// </summary>
    public IList<string> KnownProxies { get; } = [];
}
