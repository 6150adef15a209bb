using System.Threading.Channels;
using MimeKit;

namespace Harrier.Web.Infrastructure.Mail;

/// <summary>
/// E-mails waiting to go out. A request only queues its e-mail and answers at once; <see cref="OutboxSender"/> sends it. So an
/// answer takes the same time whether or not an e-mail was sent, and a slow or failing SMTP server never holds a request up.
/// </summary>
public sealed class Outbox(MailSettings settings, ILogger<Outbox> logger)
{
    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>False when no SMTP server is configured: nothing is sent, and features that need e-mail say so.</summary>
    public bool IsConfigured => settings.IsConfigured;

    internal ChannelReader<MimeMessage> Reader => _queue.Reader;

    /// <summary>Queues a plain-text e-mail; does nothing when no SMTP server is configured.</summary>
    public void Send(string to, string subject, string text)
    {
        if (!IsConfigured)
        {
            return;
        }

        if (!MailboxAddress.TryParse(to, out var recipient) || !MailboxAddress.TryParse(settings.From, out var sender))
        {
            logger.LogWarning("An e-mail was not queued: the sender or the recipient is not a valid address.");
            return;
        }

        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(sender);
        message.To.Add(recipient);
        if (!_queue.Writer.TryWrite(message))
        {
            logger.LogWarning("An e-mail was dropped: {Count} are already waiting to be sent.", _queue.Reader.Count);
        }
    }
}
