using FamilyBridge.Tests.Web;

namespace FamilyBridge.Tests.Accounts;

public sealed class SetupCommandTests
{
    [Fact]
    public async Task Setup_command_creates_the_administrator_once_and_refuses_a_second_time()
    {
        using var cli = new SiteCommandLine();
        var passwordFile = Path.Combine(cli.Folder, "admin-password.txt");
        await File.WriteAllTextAsync(passwordFile, AccountTestData.Password + "\n");

        var first = await cli.RunAsync("setup", "--site-name", "Harbor Families", "--admin-email", "admin@example.org", "--admin-password-file", passwordFile);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("admin@example.org is the administrator", first.Output, StringComparison.Ordinal);

        var second = await cli.RunAsync("setup", "--site-name", "Other", "--admin-email", "other@example.org", "--admin-password-file", passwordFile);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("Setup is already done", second.Output + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_command_without_a_password_file_says_what_is_missing()
    {
        using var cli = new SiteCommandLine();

        var result = await cli.RunAsync("setup", "--site-name", "Harbor Families", "--admin-email", "admin@example.org");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--admin-password-file is required", result.Output + result.Error, StringComparison.Ordinal);
    }
}
