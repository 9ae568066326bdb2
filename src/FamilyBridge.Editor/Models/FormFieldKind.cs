namespace FamilyBridge.Editor.Models;

public enum FormFieldKind
{
    Title,
    Path,
    Container,
    Markdown,
    Text,
    TextArea,
    Number,
    Boolean,
    Link,
    Select,
    Picker,
}
