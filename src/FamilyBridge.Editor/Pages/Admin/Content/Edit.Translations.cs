using FamilyBridge.ContentManagement.Models;
using FamilyBridge.Editor.Models;
using FamilyBridge.Editor.Services;
using Microsoft.AspNetCore.Mvc;

namespace FamilyBridge.Editor.Pages.Admin.Content;

public sealed partial class EditModel
{
    /// <summary>The Translations panel: this item's culture, its twins and the cultures it has no twin in yet.</summary>
    public TranslationsPanel? Translations { get; private set; }

    /// <summary>Finds or makes the item's twin in <paramref name="culture"/> and opens it, as Orchard's Localize action.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, string? culture, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, null, cancellationToken) || IsNew || !await IsTranslatableAsync(cancellationToken))
        {
            return NotFound();
        }

        var author = await users.GetUserAsync(User);
        var result = await translations.TranslateAsync(Item, culture ?? "", ContentAccess.UserId(User),
            author?.DisplayName is { Length: > 0 } name ? name : author?.Email, cancellationToken);
        if (result is not var (twin, created))
        {
            return NotFound();
        }

        var language = LanguageName(translations.LocalizationOf(twin).Culture);
        if (created)
        {
            await audit.RecordAsync(ContentAccess.UserId(User), ContentAuditActions.Created, twin.ContentItemId,
                $"{twin.Title} ({language} translation of {Item.ContentItemId})", cancellationToken);
            Message = S["A {0} draft of “{1}” is ready. Translate each field, then save and publish.", language, Item.Title];
        }
        else
        {
            Message = S["“{0}” already has a {1} translation. Here it is.", Item.Title, language];
        }

        return Redirect(Request.PathBase + EditPath(twin.ContentItemId));
    }

    private async Task LoadTranslationsAsync(CancellationToken cancellationToken)
    {
        if (!await IsTranslatableAsync(cancellationToken))
        {
            return;
        }

        var own = translations.LocalizationOf(Item);
        var twins = (await translations.TwinsAsync(Item, cancellationToken)).Where(t => ContentAccess.CanOpen(User, t.Owner)).ToList();
        var links = twins.Select(t => Link(t, translations.LocalizationOf(t).Culture)).ToList();
        var missing = translations.Cultures
            .Where(c => !string.Equals(c, own.Culture, StringComparison.OrdinalIgnoreCase)
                && !twins.Any(t => string.Equals(translations.LocalizationOf(t).Culture, c, StringComparison.OrdinalIgnoreCase)))
            .Select(c => new TranslationTarget(c, LanguageName(c)))
            .ToList();
        Translations = new TranslationsPanel(Item.ContentItemId, LanguageName(own.Culture), links, missing);
    }

    private TranslationLink Link(ContentItem twin, string culture) =>
        new(twin.ContentItemId, twin.Title, culture, LanguageName(culture), twin.Published);

    // Types with Orchard's LocalizationPart, and items that carry one (a recipe may bring it before the type has it).
    private async Task<bool> IsTranslatableAsync(CancellationToken cancellationToken) =>
        Item.GetPart("LocalizationPart") is not null
        || (await definitions.GetTypeDefinitionAsync(Item.ContentType, cancellationToken))?.Parts.Any(p => p.PartName == "LocalizationPart") == true;

    private string LanguageName(string culture) => culture.Split('-')[0].ToLowerInvariant() switch
    {
        "en" => S["English"],
        "es" => S["Spanish"],
        _ => System.Globalization.CultureInfo.GetCultureInfo(culture).NativeName,
    };
}
