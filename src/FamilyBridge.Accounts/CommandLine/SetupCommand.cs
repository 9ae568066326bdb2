using FamilyBridge.Accounts.Services;
using FamilyBridge.Core.CommandLine;

namespace FamilyBridge.Accounts.CommandLine;

/// <summary>First-run setup without a browser, e.g. in a deployment script.</summary>
public sealed class SetupCommand(SetupService setup) : ICommandLineCommand
{
    public IReadOnlyList<string> Words { get; } = ["setup"];

    public string Usage =>
        "setup --site-name <name> --admin-email <email> --admin-password-file <file> [--admin-name <display name>]   create the first administrator";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var values = Parse(arguments);
        var siteName = Required(values, "--site-name");
        var email = Required(values, "--admin-email");
        var passwordFile = Required(values, "--admin-password-file");
        var displayName = values.GetValueOrDefault("--admin-name") ?? "Administrator";
        if (!File.Exists(passwordFile))
        {
            throw new CommandLineException($"The password file '{passwordFile}' does not exist.");
        }

        // A file, not an argument, so the password never shows in the process list or shell history.
        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).TrimEnd('\r', '\n');
        if (!await setup.IsRequiredAsync())
        {
            throw new CommandLineException("Setup is already done: an administrator exists.");
        }

        var errors = await setup.RunAsync(siteName, email, displayName, password, cancellationToken);
        if (errors.Count > 0)
        {
            throw new CommandLineException(string.Join(Environment.NewLine, errors));
        }

        await output.WriteLineAsync($"Site '{siteName}' is set up. {email} is the administrator; sign in and turn on two-step sign-in to use the admin pages.");
        return 0;
    }

    private static Dictionary<string, string> Parse(IReadOnlyList<string> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || i + 1 >= arguments.Count)
            {
                throw new CommandLineException($"Unexpected '{name}'. Usage: setup --site-name <name> --admin-email <email> --admin-password-file <file>");
            }

            values[name] = arguments[++i];
        }

        return values;
    }

    private static string Required(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new CommandLineException($"{name} is required.");
}
