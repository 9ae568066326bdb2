namespace FamilyBridge.Core.Localization;

/// <summary>
/// Names the class whose resource files (<c>Resources/&lt;Name&gt;.resx</c> in English and
/// <c>Resources/&lt;Name&gt;.es.resx</c>) hold a module's interface text, so validation messages of the module's
/// models are looked up there too: <c>[assembly: ModuleText(typeof(AccountsText))]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleTextAttribute(Type textType) : Attribute
{
    public Type TextType { get; } = textType;
}
