using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Reading.Endpoints;

/// <summary>
/// Renders one of the theme's Razor views with a typed model from a minimal-API endpoint, so this module maps
/// its own routes (MapReading) instead of leaving them to a site-wide MapControllers.
/// </summary>
public sealed class ThemeView<TModel>(string viewPath, TModel model) : IResult
    where TModel : class
{
    public string ViewPath => viewPath;

    public TModel Model => model;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var metadata = httpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var actionContext = new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor());
        var result = new ViewResult
        {
            ViewName = viewPath,
            ViewData = new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model },
        };
        return result.ExecuteResultAsync(actionContext);
    }
}
