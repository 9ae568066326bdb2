using FamilyBridge.Core.Data;
using FamilyBridge.Notifications.Models;
using FamilyBridge.Notifications.Options;
using FamilyBridge.Notifications.Services;
using FamilyBridge.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FamilyBridge.Tests.Notifications;

/// <summary>
/// <see cref="IMailSender"/> (account mail) goes through the outbox. With no background loop in the process (as
/// here, and in command-line runs) the message is delivered at once after it is stored.
/// </summary>
public sealed class MailSenderTests
{
    private static EmailMessage Welcome(string to) => EmailLayout.Compose(
        to, "Sam", "Confirm your email address", ["Thank you for making an account."], "Confirm my email", new Uri("https://example.org/confirm?code=abc"));

    [Fact]
    public async Task Smtp_host_set_sends_text_and_html_with_crisis_footer_through_a_real_server()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await OutboxTestHost.CreateAsync(sink: sink);

        await host.Services.GetRequiredService<IMailSender>().SendAsync(Welcome("sam@example.org"));

        var received = await sink.WaitForMessageAsync("sam@example.org");
        Assert.Equal("Confirm your email address", received.Subject);
        Assert.Equal("hello@familybridge.test", received.From.Mailboxes.Single().Address);
        Assert.Contains("https://example.org/confirm?code=abc", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/confirm?code=abc\"", received.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("988", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("988", received.HtmlBody, StringComparison.Ordinal);
        Assert.False(Directory.Exists(host.PickupFolder) && Directory.EnumerateFiles(host.PickupFolder).Any());
        var row = Assert.Single(await host.RowsAsync());
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Null(row.TextBody);
    }

    [Fact]
    public async Task No_smtp_host_writes_a_readable_eml_file_to_the_pickup_folder()
    {
        await using var host = await OutboxTestHost.CreateAsync();

        await host.Services.GetRequiredService<IMailSender>().SendAsync(Welcome("kim@example.org"));

        var file = Assert.Single(Directory.GetFiles(host.PickupFolder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("kim@example.org", message.To.Mailboxes.Single().Address);
        Assert.Equal("Confirm your email address", message.Subject);
        Assert.Contains("Hello Sam,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("988", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(await host.RowsAsync()).Status);
    }

    [Fact]
    public async Task When_the_server_is_down_account_mail_is_kept_and_goes_on_the_next_pass()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var host = await OutboxTestHost.CreateAsync(sink: sink);
        await sink.StopAsync();

        await host.Services.GetRequiredService<IMailSender>().SendAsync(Welcome("lee@example.org"));

        var waiting = Assert.Single(await host.RowsAsync());
        Assert.Equal(OutboxStatus.FailedWillRetry, waiting.Status);
        await sink.RestartAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1, (await host.DispatchAsync()).Sent);
        Assert.Equal("Confirm your email address", (await sink.WaitForMessageAsync("lee@example.org")).Subject);
    }

    [Theory]
    [InlineData("Your recovery update")]
    [InlineData("News about the relapse")]
    [InlineData("Drug safety")]
    public async Task A_subject_with_a_sensitive_word_is_refused_and_nothing_is_queued(string subject)
    {
        await using var host = await OutboxTestHost.CreateAsync();
        var message = Welcome("kim@example.org") with { Subject = subject };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Services.GetRequiredService<IMailSender>().SendAsync(message));

        Assert.Contains("sensitive words", error.Message, StringComparison.Ordinal);
        Assert.Empty(await host.RowsAsync());
        Assert.False(Directory.Exists(host.PickupFolder) && Directory.EnumerateFiles(host.PickupFolder).Any());
    }

    [Fact]
    public async Task A_bad_sender_address_fails_validation_with_a_clear_message()
    {
        await using var host = await OutboxTestHost.CreateAsync(settings: new Dictionary<string, string?> { ["Smtp:From"] = "not an address" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<SmtpOptions>>().Value);
        Assert.Contains("Smtp:From", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_outbox_setting_fails_validation_naming_the_setting()
    {
        await using var host = await OutboxTestHost.CreateAsync(DatabaseProvider.Sqlite, settings: new Dictionary<string, string?>
        {
            ["Notifications:Outbox:MaxAttempts"] = "0",
            ["Notifications:Outbox:BatchSize"] = "5000",
        });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<OutboxOptions>>().Value);
        Assert.Contains("Notifications:Outbox:MaxAttempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("Notifications:Outbox:BatchSize", error.Message, StringComparison.Ordinal);
    }
}
