using System.Globalization;
using FamilyBridge.Notifications.Services;
using Microsoft.Extensions.Localization;

namespace FamilyBridge.Accounts.Services;

/// <summary>
/// The account emails, in one place so their tone stays the same: short, kind, one clear button. Each is written
/// in the language of the page the person used (the request's culture), the frame included.
/// </summary>
public sealed class AccountEmails(IMailSender mail, IStringLocalizer<AccountsText> S)
{
    public Task SendConfirmationAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            S["Confirm your email address"],
            [
                S["Thank you for making an account. One more step: please confirm this is your email address."],
                S["If you did not ask for this, you can ignore this email and nothing will happen."],
            ],
            S["Confirm my email"],
            link,
            culture: CultureInfo.CurrentUICulture), cancellationToken);

    public Task SendAlreadyRegisteredAsync(string to, string name, Uri signIn, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            S["About your account"],
            [
                S["Someone, probably you, tried to make a new account with this email address. You already have one, so nothing was changed."],
                S["You can sign in with your existing account. If you have forgotten your password, the sign-in page has a link to set a new one."],
            ],
            S["Sign in"],
            signIn,
            culture: CultureInfo.CurrentUICulture), cancellationToken);

    public Task SendPasswordResetAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            S["Set a new password"],
            [
                S["We received a request to set a new password for your account. The link works once and expires soon."],
                S["If you did not ask for this, you can ignore this email: your password stays as it is."],
            ],
            S["Choose a new password"],
            link,
            culture: CultureInfo.CurrentUICulture), cancellationToken);

    public Task SendEmailChangeAsync(string to, string name, Uri link, CancellationToken cancellationToken) =>
        mail.SendAsync(EmailLayout.Compose(
            to,
            name,
            S["Confirm your new email address"],
            [
                S["You asked to use this email address for your account. Please confirm it so we can make the change."],
                S["If you did not ask for this, you can ignore this email."],
            ],
            S["Confirm my new email"],
            link,
            culture: CultureInfo.CurrentUICulture), cancellationToken);
}
