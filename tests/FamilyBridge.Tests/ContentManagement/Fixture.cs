using System.Runtime.CompilerServices;

namespace FamilyBridge.Tests.ContentManagement;

/// <summary>
/// Test data files under ContentManagement/Fixtures: from the build output when the project copies them there,
/// otherwise from the source tree this file was compiled from.
/// </summary>
internal static class Fixture
{
    public static string Path(string relativePath)
    {
        var relative = System.IO.Path.Combine("ContentManagement", "Fixtures", relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));
        var copied = System.IO.Path.Combine(AppContext.BaseDirectory, relative);
        return File.Exists(copied) ? copied : System.IO.Path.Combine(SourceFolder(), "Fixtures", relativePath);
    }

    private static string SourceFolder([CallerFilePath] string thisFile = "") =>
        System.IO.Path.GetDirectoryName(thisFile)!;
}
