using FamilyBridge.ContentManagement.Display;
using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Theme.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace FamilyBridge.Theme.Display;

/// <summary>
/// The theme's <c>Widget-{Type}.cshtml</c> for a widget in a bag or flow, drawn with a typed
/// <see cref="ContentShape"/> like every content template. Outside a request (the command line) there is no view
/// to draw, and the widget falls back to its Liquid template or the default drawing.
/// </summary>
public sealed class RazorWidgetTemplateRenderer(
    IHttpContextAccessor http, ICompositeViewEngine viewEngine, ITempDataDictionaryFactory tempData) : IWidgetTemplateRenderer
{
    public async Task<string?> TryRenderAsync(string templateName, ContentItem widget, CancellationToken cancellationToken)
    {
        if (http.HttpContext is not { } context)
        {
            return null;
        }

        var action = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        var found = viewEngine.FindView(action, templateName, isMainPage: false);
        if (!found.Success)
        {
            return null;
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<ContentShape>(new EmptyModelMetadataProvider(), new ModelStateDictionary())
        {
            Model = new ContentShape { Item = widget },
        };
        var view = new ViewContext(action, found.View, viewData, tempData.GetTempData(context), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(view);
        return writer.ToString();
    }
}
