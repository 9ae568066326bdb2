using Microsoft.Data.Sqlite;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>A fresh directory under the system temp folder, deleted (with everything in it) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "familybridge-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A path inside the folder, e.g. <c>folder.Combine("site.db")</c>.</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        // SQLite keeps pooled connections (and so file handles) open after a context is disposed.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it; the test's result does not depend on it.
        }
    }
}
