using Microsoft.Extensions.Options;

namespace FamilyBridge.Notifications.Options;

/// <summary>A bad outbox setting stops the start with a message naming the setting.</summary>
public sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (options.MaxAttempts is < 1 or > 100)
        {
            failures.Add($"Notifications:Outbox:MaxAttempts {options.MaxAttempts} must be between 1 and 100.");
        }

        if (options.BaseRetryDelay <= TimeSpan.Zero)
        {
            failures.Add("Notifications:Outbox:BaseRetryDelay must be longer than zero (e.g. 00:00:30).");
        }

        if (options.MaxRetryDelay < options.BaseRetryDelay)
        {
            failures.Add("Notifications:Outbox:MaxRetryDelay must not be shorter than BaseRetryDelay.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"Notifications:Outbox:BatchSize {options.BatchSize} must be between 1 and 1000.");
        }

        if (options.PollInterval <= TimeSpan.Zero)
        {
            failures.Add("Notifications:Outbox:PollInterval must be longer than zero (e.g. 00:00:05).");
        }

        if (options.ClaimLease < TimeSpan.FromSeconds(3))
        {
            failures.Add("Notifications:Outbox:ClaimLease must be at least 00:00:03 (the claim is renewed every third of it).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
