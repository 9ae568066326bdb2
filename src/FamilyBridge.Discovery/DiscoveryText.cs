using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Discovery.DiscoveryText))]

namespace FamilyBridge.Discovery;

/// <summary>The Discovery module's interface text: Resources/DiscoveryText.resx (English) and Resources/DiscoveryText.es.resx.</summary>
public sealed class DiscoveryText;
