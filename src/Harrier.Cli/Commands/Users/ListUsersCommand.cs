using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Users;

/// <summary><c>harrier users list</c>: every account on the server, for its owner: address, name, roles, when created, open sessions.</summary>
public sealed class ListUsersCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<DataSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DataSettings settings, CancellationToken cancellationToken)
    {
        await using var accounts = await CliAccounts.OpenAsync(settings.DataDir, clock, cancellationToken);
        var db = accounts.Db;
        var now = clock.GetUtcNow().UtcDateTime;
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Email, u.DisplayName, u.CreatedUtc, u.IsDemo,
                Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Sessions = db.AccountSessions.Count(s => s.UserId == u.Id && s.ExpiresUtc > now && s.SecurityStamp == (u.SecurityStamp ?? "")),
            })
            .ToListAsync(cancellationToken);
        if (settings.Json)
        {
            var rows = users.Select(u => new
            {
                email = u.Email, name = u.DisplayName, roles = u.Roles.Order(StringComparer.Ordinal), created = u.CreatedUtc, demo = u.IsDemo, sessions = u.Sessions,
            });
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
        }

        var table = new Table().AddColumns("Email", "Name", "Roles", "Created", "Signed in on");
        foreach (var u in users)
        {
            table.AddRow(Markup.Escape(u.Email ?? ""), Markup.Escape(u.DisplayName + (u.IsDemo ? " (demo)" : "")),
                string.Join(", ", u.Roles.Order(StringComparer.Ordinal)), u.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                u.Sessions == 1 ? "1 device" : $"{u.Sessions} devices");
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{users.Count} account(s).");
        return 0;
    }
}
