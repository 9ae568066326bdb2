namespace FamilyBridge.ContentManagement.Models;

/// <summary>Which version of an item a query wants, as in Orchard.</summary>
public enum VersionOptions
{
    /// <summary>The published version (what readers see).</summary>
    Published,

    /// <summary>The latest version, draft or published (what editors see).</summary>
    Latest,

    /// <summary>The latest version only when it is an unpublished draft.</summary>
    Draft,
}
