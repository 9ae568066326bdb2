using System.Runtime.CompilerServices;

namespace FamilyBridge.Tests.Infrastructure;

/// <summary>Files in the source tree (fixtures, recipes), found from wherever the tests were built to.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    /// <summary>A path relative to the repository root, e.g. <c>tests/FamilyBridge.Tests/Web/Fixtures/x.json</c>.</summary>
    public static string Get(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    // Build output may live outside the tree (FB_ARTIFACTS) and the test host runs in that output folder, so the
    // compiler's record of where this file was is the reliable anchor; the output folder is the fallback.
    private static string FindRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var folder = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "FamilyBridge.sln")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("FamilyBridge.sln not found above the source, the test output or the current directory.");
    }
}
