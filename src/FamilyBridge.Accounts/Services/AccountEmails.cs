using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;

namespace FamilyBridge.Accounts.Services;

/// <summary>The account emails, in one place so their tone stays the same: short, kind, one clear button.</summary>
public sealed class AccountEmails(IMailSender mail)
{
    public Task SendConfirmationAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            "Confirm your email address",
            [
                "Thank you for making an account. One more step: please confirm this is your email address.",
                "If you did not ask for this, you can ignore this email and nothing will happen.",
            ],
            "Confirm my email",
            link), cancellationToken);

    public Task SendAlreadyRegisteredAsync(string to, string name, Uri signIn, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            "About your account",
            [
                "Someone, probably you, tried to make a new account with this email address. You already have one, so nothing was changed.",
                "You can sign in with your existing account. If you have forgotten your password, the sign-in page has a link to set a new one.",
            ],
            "Sign in",
            signIn), cancellationToken);

    public Task SendPasswordResetAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            "Set a new password",
            [
                "We received a request to set a new password for your account. The link works once and expires soon.",
                "If you did not ask for this, you can ignore this email: your password stays as it is.",
            ],
            "Choose a new password",
            link), cancellationToken);

    public Task SendEmailChangeAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            "Confirm your new email address",
            [
                "You asked to use this email address for your account. Please confirm it so we can make the change.",
                "If you did not ask for this, you can ignore this email.",
            ],
            "Confirm my new email",
            link), cancellationToken);
}
