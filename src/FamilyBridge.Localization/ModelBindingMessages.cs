using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Localization;

/// <summary>The model binder's own messages ("The value 'x' is not valid."), in the reader's language.</summary>
internal static class ModelBindingMessages
{
    public static void Localize(DefaultModelBindingMessageProvider messages, IStringLocalizer text)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["A value for the '{0}' parameter or property was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A non-empty request body is required."]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The supplied value is invalid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["The field must be a number."]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The supplied value is invalid for {0}.", field]);
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is invalid.", value]);
        messages.SetValueMustBeANumberAccessor(field => text["The field {0} must be a number.", field]);
        messages.SetValueMustNotBeNullAccessor(value => text["The value '{0}' is invalid.", value]);
    }
}
