namespace FamilyBridge.E2E.Infrastructure;

/// <summary>
/// Finds the browser the same way test.sh does: <c>FB_CHROMIUM</c>, then Debian's Chromium, then Google Chrome (as on
/// GitHub's Ubuntu runner). Ubuntu's <c>chromium-browser</c> is a shim that asks snap to install Chromium, so it is
/// taken only when it is not that shim.
/// </summary>
public static class ChromiumLocator
{
    public const string VariableName = "FB_CHROMIUM";

    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/opt/google/chrome/chrome",
        "/usr/bin/chromium-browser",
    ];

    public static string Find()
    {
        if (Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException($"{VariableName} is set to {configured}, which does not exist.");
        }

        return Candidates.FirstOrDefault(path => File.Exists(path) && !IsSnapShim(path))
            ?? throw new InvalidOperationException(
                $"No Chromium or Chrome found (looked in {string.Join(", ", Candidates)}). Install one (Debian: apt-get install chromium) or set {VariableName} to its path.");
    }

    private static bool IsSnapShim(string path)
    {
        using var file = File.OpenRead(path);
        var head = new byte[512];
        var read = file.Read(head, 0, head.Length);
        // A real browser is an ELF binary (or Debian's small wrapper script, which never mentions snap).
        return System.Text.Encoding.ASCII.GetString(head, 0, read).Contains("snap", StringComparison.Ordinal);
    }
}
