namespace Harrier.Web.Infrastructure.Mail;

public static class MailSetup
{
    /// <summary>The outbox and its sender, with the SMTP settings under <c>Smtp</c>.</summary>
    public static IServiceCollection AddHarrierMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MailSettings.FromConfiguration(configuration));
        services.AddSingleton<Outbox>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
