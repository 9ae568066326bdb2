using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace FamilyBridge.Reading.Cultures;

/// <summary>
/// Runs a result (a view) in a given culture. The culture must be set here, in the method that renders: a culture set
/// inside an endpoint's async handler does not flow back out of it to where the framework executes the result.
/// </summary>
public sealed class CultureResult(CultureInfo culture, IResult inner) : IResult
{
    public CultureInfo Culture => culture;

    public IResult Inner => inner;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return inner.ExecuteAsync(httpContext);
    }
}
