using System.Security.Cryptography;
using FamilyBridge.ContentManagement.Recipes;
using FamilyBridge.Core.Hosting;
using FamilyBridge.Media.Data;
using FamilyBridge.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FamilyBridge.Media.Services;

/// <summary>
/// Files of a recipe's <c>media</c> step, stored like uploads (bytes checked, a random file name) and found again by
/// their Orchard media path, kept as the asset's original name. The rows are written in the import's transaction.
/// </summary>
public sealed class RecipeMediaStore(MediaDbContext db, AppDataPaths paths, IOptions<MediaOptions> options, TimeProvider clock) : IRecipeMediaStore
{
    /// <summary>Who "uploaded" an imported file: not a person, so never part of anyone's personal data.</summary>
    public const string ImportedBy = "recipe";

    public async Task<RecipeMediaOutcome> ImportAsync(string targetPath, byte[] content, RecipeStepContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(context);
        if (content.Length > options.Value.MaxUploadBytes)
        {
            return new(RecipeMediaResult.Refused, $"it is over {MediaLibrary.FormatSize(options.Value.MaxUploadBytes)}, the media library's limit");
        }

        // Orchard themes also ship CSS, fonts and SVG; the library keeps only images a browser cannot run.
        if (ImageSniffer.Detect(content.AsSpan(0, Math.Min(content.Length, ImageSniffer.HeaderLength))) is not { } format)
        {
            return new(RecipeMediaResult.Refused, "it is not a PNG, JPEG, WebP or GIF image");
        }

        if (targetPath.Length > MediaLimits.MaxOriginalNameLength)
        {
            return new(RecipeMediaResult.Refused, $"its path is over {MediaLimits.MaxOriginalNameLength} characters");
        }

        if (db.Database.GetDbConnection() != context.Connection)
        {
            db.Database.SetDbConnection(context.Connection);
            await db.Database.UseTransactionAsync(context.Transaction, cancellationToken);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var existing = await db.Assets.FirstOrDefaultAsync(a => a.OriginalName == targetPath && a.UploadedByUserId == ImportedBy, cancellationToken);
        if (existing?.Sha256 == sha)
        {
            return new(RecipeMediaResult.Unchanged);
        }

        var id = Guid.NewGuid().ToString("N");
        var fileName = id + format.Extension;
        var folder = paths.GetFolder("media");

        // The file is written before the row: if the import rolls back, an unnamed file is left, never a row without bytes.
        await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content, cancellationToken);
        if (existing is not null)
        {
            var old = Path.Combine(folder, existing.FileName);
            db.Assets.Remove(existing);
            context.OnCommitted(_ =>
            {
                File.Delete(old);
                return Task.CompletedTask;
            });
        }

        db.Assets.Add(new MediaAsset
        {
            Id = id,
            FileName = fileName,
            ContentType = format.ContentType,
            Length = content.Length,

            // A recipe names no alt text for a file; the items that show it carry theirs (MediaField.MediaTexts).
            AltText = "",
            OriginalName = targetPath,
            Sha256 = sha,
            UploadedByUserId = ImportedBy,
            UploadedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new(RecipeMediaResult.Stored);
    }
}
