namespace FamilyBridge.Web.CommandLine;

/// <summary>
/// Tells a command run (<c>recipes import x.json</c>, <c>--help</c>) from a site run. Host switches such as
/// <c>--urls</c> or <c>--environment=Development</c> (which WebApplicationFactory passes) start with a dash and
/// mean "run the site".
/// </summary>
public static class CommandLineArguments
{
    public static bool IsCommand(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count > 0 && (!args[0].StartsWith('-') || IsHelp(args[0]));
    }

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";

    /// <summary>The args the host's configuration sees: none for a command, whose words are not settings.</summary>
    public static string[] ForHost(string[] args) => IsCommand(args) ? [] : args;
}
