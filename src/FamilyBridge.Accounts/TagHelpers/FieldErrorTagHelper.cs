using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FamilyBridge.Accounts.TagHelpers;

/// <summary>Gives a field's validation message the id its input's <c>aria-describedby</c> points to.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.SetAttribute("id", $"{TagBuilder.CreateSanitizedId(For.Name, "_")}-error");
        output.Attributes.SetAttribute("class", "field-error");
    }
}
