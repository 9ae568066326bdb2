using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Notifications.Options;

/// <summary>A bad mail setting stops the start with a clear message instead of failing the first email.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (!MailboxAddress.TryParse(options.From, out _))
        {
            failures.Add($"Smtp:From '{options.From}' is not an email address (e.g. FamilyBridge <hello@example.org>).");
        }

        if (options.UsesSmtp && options.Port is < 1 or > 65535)
        {
            failures.Add($"Smtp:Port {options.Port} is not a TCP port.");
        }

        if (options.UsesSmtp && string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add("Smtp:UserName and Smtp:Password go together: set both or neither.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
