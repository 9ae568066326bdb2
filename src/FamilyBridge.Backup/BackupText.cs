using FamilyBridge.Core.Localization;

[assembly: ModuleText(typeof(FamilyBridge.Backup.BackupText))]

namespace FamilyBridge.Backup;

/// <summary>The Backup module's interface text: Resources/BackupText.resx (English) and Resources/BackupText.es.resx.</summary>
public sealed class BackupText;
