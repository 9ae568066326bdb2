using FamilyBridge.Accounts;
using FamilyBridge.Backup;
using FamilyBridge.Circles;
using FamilyBridge.Cluster;
using FamilyBridge.ContentManagement;
using FamilyBridge.Core.Data;
using FamilyBridge.Discovery;
using FamilyBridge.Editor;
using FamilyBridge.Learning;
using FamilyBridge.Localization;
using FamilyBridge.Media;
using FamilyBridge.Notifications;
using FamilyBridge.Operations;
using FamilyBridge.Reading;
using FamilyBridge.Search;
using FamilyBridge.Web.CommandLine;
using FamilyBridge.Web.Hosting;

var builder = WebApplication.CreateBuilder(CommandLineArguments.ForHost(args));
builder.ConfigureFamilyBridgeHost(args);

builder.Services.AddFamilyBridgeCore(builder.Configuration);
builder.Services.AddSiteLocalization(builder.Configuration); // en and es: /es/ prefix, then the switcher's cookie, then Accept-Language
builder.Services.AddContentManagement(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddLearning(builder.Configuration);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddReading(builder.Configuration); // after AddSearch: evicts search pages once indexed
builder.Services.AddCircles(builder.Configuration);
builder.Services.AddEditor(builder.Configuration);
builder.Services.AddMedia(builder.Configuration);
builder.Services.AddBackup(builder.Configuration);
builder.Services.AddDiscovery(builder.Configuration);
builder.Services.AddOperations(builder.Configuration); // health checks and OpenTelemetry
builder.Services.AddFamilyBridgeWeb();
builder.Services.AddCluster(builder.Configuration); // last: with Redis:Configuration set, swaps one-node stores for shared ones

var app = builder.Build();

if (CommandLineArguments.IsCommand(args))
{
    return await app.RunCommandLineAsync(args);
}

var startup = new StartupPhases(app);
await app.Services.PrepareSiteAsync(startup); // migrations and first-run setup, one node at a time
startup.UseFirstResponseTimer(app);

app.UseForwardedHeaders();
app.UseMiddleware<SecurityHeadersMiddleware>();
if (app.Environment.IsProduction())
{
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseSiteLocalization(); // before the error pages and routing, so both see /es/ and speak Spanish
app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseRouting();
app.UseMiddleware<FormGuardMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseReading();
app.UseAntiforgery();

app.MapContentManagement();
app.MapAccounts();
app.MapLearning();
app.MapSearch();
app.MapCircles();
app.MapEditor();
app.MapMedia();
app.MapBackup();
app.MapDiscovery();
app.MapNotifications();
app.MapOperations();
app.MapSiteLocalization();
app.MapStaticAssets(); // the theme's CSS, gzip/Brotli compressed at build, fingerprinted ETags
app.MapReading();
app.MapControllers();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
