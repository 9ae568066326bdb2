using FamilyBridge.Core.Data;
using FamilyBridge.Notifications;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Tests.Notifications;

public sealed class MailSenderTests
{
    private static EmailMessage Welcome(string to) => EmailLayout.Compose(
        to, "Sam", "Confirm your email address", ["Thank you for making an account."], "Confirm my email", new Uri("https://example.org/confirm?code=abc"));

    [Fact]
    public async Task Smtp_host_set_sends_text_and_html_with_crisis_footer_through_a_real_server()
    {
        await using var sink = await SmtpSink.StartAsync();
        using var folder = new TempFolder();
        await using var services = Build(folder, new()
        {
            ["Smtp:Host"] = sink.Host,
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:UseTls"] = "false",
            ["Smtp:From"] = "FamilyBridge <hello@familybridge.test>",
        });

        await services.GetRequiredService<IMailSender>().SendAsync(Welcome("sam@example.org"));

        var received = await sink.WaitForMessageAsync("sam@example.org");
        Assert.Equal("Confirm your email address", received.Subject);
        Assert.Equal("hello@familybridge.test", received.From.Mailboxes.Single().Address);
        Assert.Contains("https://example.org/confirm?code=abc", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/confirm?code=abc\"", received.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("988", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("988", received.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.eml", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task No_smtp_host_writes_a_readable_eml_file_to_the_pickup_folder()
    {
        using var folder = new TempFolder();
        await using var services = Build(folder, []);

        await services.GetRequiredService<IMailSender>().SendAsync(Welcome("kim@example.org"));

        var file = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "mail"), "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("kim@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.Contains("Hello Sam,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("988", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your recovery update")]
    [InlineData("News about the relapse")]
    [InlineData("Drug safety")]
    public async Task A_subject_with_a_sensitive_word_is_refused(string subject)
    {
        using var folder = new TempFolder();
        await using var services = Build(folder, []);
        var message = Welcome("kim@example.org") with { Subject = subject };

        await Assert.ThrowsAsync<ArgumentException>(() => services.GetRequiredService<IMailSender>().SendAsync(message));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "mail")) && Directory.EnumerateFiles(Path.Combine(folder.Path, "mail")).Any());
    }

    [Fact]
    public async Task A_bad_sender_address_fails_validation_with_a_clear_message()
    {
        using var folder = new TempFolder();
        await using var services = Build(folder, new() { ["Smtp:From"] = "not an address" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FamilyBridge.Notifications.Options.SmtpOptions>>().Value);
        Assert.Contains("Smtp:From", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(TempFolder folder, Dictionary<string, string?> settings)
    {
        settings["AppData:Path"] = folder.Path;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IHostEnvironment>(new HostEnvironment { ContentRootPath = folder.Path });
        services.AddFamilyBridgeCore(configuration);
        services.AddNotifications(configuration);
        return services.BuildServiceProvider();
    }

    private sealed class HostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "FamilyBridge.Tests";

        public required string ContentRootPath { get; set; }

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } =
            new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
