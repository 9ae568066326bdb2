using FamilyBridge.Accounts;
using FamilyBridge.Circles;
using FamilyBridge.ContentManagement;
using FamilyBridge.Core.Data;
using FamilyBridge.Learning;
using FamilyBridge.Notifications;
using FamilyBridge.Search;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddFamilyBridgeCore(builder.Configuration);
builder.Services.AddContentManagement(builder.Configuration);
builder.Services.AddNotifications(builder.Configuration);
builder.Services.AddAccounts(builder.Configuration);
builder.Services.AddLearning(builder.Configuration);
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddCircles(builder.Configuration);

var app = builder.Build();

await app.Services.MigrateDatabasesAsync();

app.MapContentManagement();
app.MapAccounts();
app.MapLearning();
app.MapSearch();
app.MapCircles();
app.MapNotifications();

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
