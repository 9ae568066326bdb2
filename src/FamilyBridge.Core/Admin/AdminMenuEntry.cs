namespace FamilyBridge.Core.Admin;

/// <summary>
/// One link on the /admin start page. A module registers its own (<c>services.AddSingleton(new AdminMenuEntry(…))</c>)
/// so the page that lists them needs to know no module; a link shows only to people its policy admits.
/// </summary>
/// <param name="Title">Link text, e.g. "Content".</param>
/// <param name="Href">Site-relative address, e.g. "/admin/content".</param>
/// <param name="Policy">One of <see cref="AdminPolicies"/>.</param>
/// <param name="Description">One short sentence under the link.</param>
/// <param name="Order">Lower first.</param>
public sealed record AdminMenuEntry(string Title, string Href, string Policy, string Description, int Order = 100);
