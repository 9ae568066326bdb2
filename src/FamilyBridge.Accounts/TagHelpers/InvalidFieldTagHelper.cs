using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyBridge.Accounts.TagHelpers;

/// <summary>
/// Marks an input with an error as <c>aria-invalid</c> and points <c>aria-describedby</c> at its message, so
/// assistive technology reads the error with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    // After the built-in tag helpers, which set the id.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var state = ViewContext.ViewData.ModelState[For.Name];
        if (state is not { Errors.Count: > 0 })
        {
            return;
        }

        var id = TagBuilder.CreateSanitizedId(For.Name, "_");
        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? $"{id}-error" : $"{described} {id}-error");
    }
}
