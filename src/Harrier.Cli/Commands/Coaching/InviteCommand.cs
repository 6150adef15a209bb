using Harrier.Data;
using Harrier.Data.Coaching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Coaching;

/// <summary><c>harrier coach invite</c>: a single-use invitation code for one runner (valid 7 days), with its link.</summary>
public sealed class InviteCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<CoachSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CoachSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        var (invitation, code) = await new Invitations(db, clock).CreateAsync(coach.Id, cancellationToken);
        var links = new PublicLinks(CliDatabase.Configuration(settings.DataDir));
        var link = links.Join(code);
        if (settings.Json)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { code = Invitations.Display(code), link, invitation.ExpiresUtc }, CliJson.Options);
            await console.Profile.Out.Writer.WriteLineAsync(json);
            return 0;
        }

        console.MarkupLineInterpolated($"Invitation code: [bold]{Invitations.Display(code)}[/] (valid until {invitation.ExpiresUtc:yyyy-MM-dd HH:mm} UTC)");
        console.MarkupLineInterpolated($"Link: {link}");
        if (!links.IsConfigured)
        {
            console.MarkupLine("[grey]The link's address is a guess: set PublicBaseUrl in harrier.json to the address your runners open.[/]");
        }

        console.MarkupLine("It is shown only now. The runner chooses what to share when they accept.");
        return 0;
    }
}
