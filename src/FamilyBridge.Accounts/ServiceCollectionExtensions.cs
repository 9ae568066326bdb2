using FamilyBridge.Accounts.Authorization;
using FamilyBridge.Accounts.CommandLine;
using FamilyBridge.Accounts.Data;
using FamilyBridge.Accounts.Models;
using FamilyBridge.Accounts.Options;
using FamilyBridge.Accounts.Passwords;
using FamilyBridge.Accounts.Recipes;
using FamilyBridge.Accounts.Services;
using FamilyBridge.Accounts.Sessions;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.Admin;
using FamilyBridge.Core.CommandLine;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FamilyBridge.Accounts;

public static class ServiceCollectionExtensions
{
    /// <summary>The Accounts module's door: everything it registers.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleText();
        services.AddModuleDbContext<AccountsDbContext, SqliteAccountsDbContext, PostgresAccountsDbContext>(
            AccountsDbContext.MigrationsHistoryTable);
        services.AddOptions<AccountsOptions>()
            .Bind(configuration.GetSection(AccountsOptions.SectionName))
            .Validate(o => o.SignIn.PermitLimit > 0 && o.Register.PermitLimit > 0 && o.PasswordReset.PermitLimit > 0,
                "Accounts rate limits (SignIn, Register, PasswordReset :PermitLimit) must be above zero.")
            .ValidateOnStart();

        services.AddIdentity<AccountUser, AccountRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                // Length over composition rules (NIST SP 800-63B): long passphrases are easy to remember.
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Tokens.AuthenticatorTokenProvider = SingleUseAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(SingleUseAuthenticatorTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager<SessionSignInManager>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "FamilyBridge.Account";
            o.Cookie.Path = "/"; // signing in under /es/ signs the reader in everywhere
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);

            // Every request, not every few minutes: a reset, a sign-out or a lock ends a session at once.
            o.Events.OnValidatePrincipal = AccountSessions.ValidatePrincipalAsync;
        });

        services.AddAuthorization(AccountPolicies.Add);
        services.AddScoped<IAuthorizationHandler, TwoFactorEnrolledHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();

        services.AddRazorPages();
        services.AddSingleton(new AdminMenuEntry("Users and roles", "/admin/users", AdminPolicies.Administrator,
            "Give or take away roles, and lock or unlock accounts.", Order: 900));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccountRateLimiter>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountSessions>();
        services.AddScoped<PasswordWork>();
        services.AddSingleton<PasswordResetCodes>();
        services.AddScoped<SetupService>();
        services.AddSingleton<SetupToken>();
        services.AddHostedService<SetupTokenAnnouncer>();
        services.AddScoped<PersonalDataService>();
        services.TryAddScoped<ISiteNameStore, SiteSettingsSiteNameStore>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeExportStep, RolesExportStep>();
        services.AddScoped<ICommandLineCommand, SetupCommand>();
        return services;
    }
}
