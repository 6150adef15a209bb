using MailKit.Net.Smtp;

namespace Harrier.Web.Infrastructure.Mail;

/// <summary>Sends the queued e-mails through the configured SMTP server with MailKit, one connection per e-mail.</summary>
internal sealed class OutboxSender(Outbox outbox, MailSettings settings, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var client = new SmtpClient { Timeout = 30_000 };
                await client.ConnectAsync(settings.Host ?? "", settings.Port, settings.Security, stoppingToken);
                if (!string.IsNullOrEmpty(settings.UserName))
                {
                    await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", stoppingToken);
                }

                await client.SendAsync(message, stoppingToken);
                await client.DisconnectAsync(quit: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The message holds a reset link: log what failed, never the body.
                logger.LogWarning(e, "Could not send the e-mail \"{Subject}\" through {Host}:{Port}.", message.Subject, settings.Host, settings.Port);
            }
        }
    }
}
