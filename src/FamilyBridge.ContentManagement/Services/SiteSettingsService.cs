using System.Text.Json.Nodes;
using FamilyBridge.ContentManagement.Data;
using FamilyBridge.ContentManagement.Events;
using FamilyBridge.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.ContentManagement.Services;

public sealed class SiteSettingsService(ContentDbContext db, IDomainEventPublisher events) : ISiteSettingsService
{
    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken = default)
    {
        var record = await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return record is null ? [] : JsonNode.Parse(record.Document) as JsonObject ?? [];
    }

    public Task MergeAsync(JsonObject values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        return UpdateAsync(document => JsonMerge.Into(document, values), cancellationToken);
    }

    /// <summary>Changes the document in place and saves: for what a merge cannot do, such as removing a key.</summary>
    public async Task UpdateAsync(Action<JsonObject> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        var record = await GetOrCreateRecordAsync(cancellationToken);
        var document = JsonNode.Parse(record.Document) as JsonObject ?? [];
        change(document);
        record.Document = ContentJson.Serialize(document);
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new SiteSettingsChanged(), cancellationToken);
    }

    /// <summary>The tracked settings row, added (unsaved) with a fresh instance id on a new site.</summary>
    internal async Task<SiteSettingsRecord> GetOrCreateRecordAsync(CancellationToken cancellationToken)
    {
        var record = await db.SiteSettings.FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            record = new SiteSettingsRecord { InstanceId = ContentIds.New() };
            db.SiteSettings.Add(record);
        }

        return record;
    }
}
