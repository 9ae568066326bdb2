namespace FamilyBridge.ContentManagement.Events;

/// <summary>The site settings document was saved (site name, home route …): every page may show it.</summary>
public sealed record SiteSettingsChanged;
