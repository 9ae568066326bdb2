using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace FamilyBridge.ContentManagement.Display.Liquid;

/// <summary>
/// Fluid's parser with the two Orchard layout tags theme templates use, so a template written for Orchard renders
/// here instead of being skipped:
/// <c>{% zone "Header" %}…{% endzone %}</c> draws its content where it stands (a stored template fills the item's
/// own body; FamilyBridge's layout has no zones for templates to move content into), and
/// <c>{% shape "Name", key: value %}</c> draws the stored template of that shape name for the same item, or nothing.
/// Both accept Orchard's named arguments (<c>position: "1"</c>) and ignore them.
/// </summary>
internal sealed class OrchardLiquidParser : FluidParser
{
    public OrchardLiquidParser()
    {
        var named = Terms.Identifier().AndSkip(Terms.Char(':')).And(Primary);
        var arguments = Primary.And(ZeroOrMany(Terms.Char(',').SkipAnd(named)));
        RegisterParserBlock("zone", arguments, (_, statements, writer, encoder, context) => WriteAllAsync(statements, writer, encoder, context));
        RegisterParserTag("shape", arguments, async (args, writer, _, context) =>
        {
            var name = (await args.Item1.EvaluateAsync(context)).ToStringValue();
            if (context.AmbientValues.TryGetValue(LiquidShapeScope.Key, out var scope) && scope is LiquidShapeScope shapes)
            {
                await writer.WriteAsync(await shapes.RenderAsync(name));
            }

            return Completion.Normal;
        });
    }

    private static async ValueTask<Completion> WriteAllAsync(
        IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        foreach (var statement in statements)
        {
            var completion = await statement.WriteToAsync(writer, encoder, context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }
}
