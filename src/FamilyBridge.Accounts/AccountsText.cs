using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Accounts.AccountsText))]

namespace FamilyBridge.Accounts;

/// <summary>The Accounts module's interface text: Resources/AccountsText.resx (English) and Resources/AccountsText.es.resx.</summary>
public sealed class AccountsText;
