using System.Net;
using System.Text.Json.Nodes;
using FamilyBridge.Accounts.Services;
using FamilyBridge.Core.Data;
using FamilyBridge.Core.PersonalData;
using FamilyBridge.Tests.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyBridge.Tests.Security;

/// <summary>Issue 16, finding 9: "download my data" holds what every module keeps about the person.</summary>
public sealed class PersonalDataTests(AccountsSiteFixture fixture) : IClassFixture<AccountsSiteFixture>
{
    /// <summary>
    /// Modules whose personal columns are records of staff work (who edited, scheduled or uploaded what), not yet in
    /// the download. Each is named with its reason so the gap stays visible; a new module is never silently exempt.
    /// </summary>
    private static readonly Dictionary<string, string> NotYetContributing = new()
    {
        ["FamilyBridge.Editor"] = "editorial audit and schedules (staff user ids)",
        ["FamilyBridge.Media"] = "who uploaded each image (staff user ids)",
    };

    [Fact]
    public async Task Every_module_whose_tables_name_a_person_contributes_to_the_download()
    {
        await using var scope = fixture.Site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var contributing = services.GetServices<IPersonalDataContributor>().Select(c => c.GetType().Assembly.GetName().Name)
            .Append(typeof(PersonalDataService).Assembly.GetName().Name)
            .ToHashSet();

        var withPersonalColumns = new Dictionary<string, List<string>>();
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)services.GetRequiredService(module.ContextType);
            foreach (var entity in context.Model.GetEntityTypes())
            {
                foreach (var property in entity.GetProperties().Where(p => IsPersonal(p.Name)))
                {
                    var assembly = module.ContextType.Assembly.GetName().Name!;
                    withPersonalColumns.TryAdd(assembly, []);
                    withPersonalColumns[assembly].Add($"{entity.ClrType.Name}.{property.Name}");
                }
            }
        }

        Assert.Contains("FamilyBridge.Circles", withPersonalColumns.Keys);
        Assert.Contains("FamilyBridge.Notifications", withPersonalColumns.Keys);
        var missing = withPersonalColumns.Where(m => !contributing.Contains(m.Key) && !NotYetContributing.ContainsKey(m.Key))
            .Select(m => $"{m.Key} ({string.Join(", ", m.Value)})").ToList();
        Assert.True(missing.Count == 0, "These modules keep personal data but add nothing to the download: " + string.Join("; ", missing));
    }

    [Fact]
    public async Task A_circle_owners_download_holds_their_circle_updates_plan_replies_and_consents_with_a_readme()
    {
        using var owner = new Reader(fixture.Site);
        var email = await owner.RegisterAndSignInAsync("Robin");
        var created = await owner.SubmitAsync("/circles", new Dictionary<string, string>
        {
            ["Input.Name"] = "Export circle",
            ["Input.DisplayName"] = "Robin",
            ["Input.TimeZoneId"] = "UTC",
        });
        var circle = created.Headers.Location!.OriginalString;
        await owner.SubmitAsync(circle, new Dictionary<string, string> { ["Kind"] = "Note", ["Note"] = "marker-export-note" }, "form[action*='handler=Share']");
        await owner.SubmitAsync($"{circle}/plan", new Dictionary<string, string> { ["kind"] = "Trigger", ["text"] = "marker-export-plan", ["strength"] = "5" }, "form[action*='handler=Add']");
        await owner.SubmitAsync($"{circle}/checklist", new Dictionary<string, string>(), "form[action*='handler=Adopt']");

        var download = await owner.Client.GetAsync(new Uri("/account/manage/data?handler=Download", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var export = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;

        Assert.Equal(email, export["account"]!["email"]!.GetValue<string>());
        Assert.Contains(export["readme"]!.AsArray(), l => l!.GetValue<string>().StartsWith("circles: ", StringComparison.Ordinal));
        Assert.Contains(export["readme"]!.AsArray(), l => l!.GetValue<string>().StartsWith("emails: ", StringComparison.Ordinal));
        var circles = export["circles"]!;
        Assert.Equal("Export circle", circles["memberships"]![0]!["circleName"]!.GetValue<string>());
        Assert.Contains(circles["updates"]!.AsArray(), u => u!["note"]?.GetValue<string>() == "marker-export-note");
        Assert.Contains(circles["plan"]!.AsArray(), p => p!["text"]!.GetValue<string>() == "marker-export-plan");
        Assert.Contains(export["emails"]!.AsArray(), m => m!["subject"]!.GetValue<string>() == "Confirm your email address");
    }

    private static bool IsPersonal(string property) =>
        property.EndsWith("UserId", StringComparison.Ordinal) || property is "Email" or "RecipientEmail" or "Recipient";
}
