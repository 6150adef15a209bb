using System.Globalization;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan templates</c>: the plan templates Harrier ships, with who they are for.</summary>
public sealed class ListTemplatesCommand(IAnsiConsole console) : AsyncCommand<ListTemplatesCommand.Settings>
{
    public sealed class Settings : PlanSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanTemplates.All.Select(TemplateOutput.From).ToArray()));
            return 0;
        }

        var table = new Table().AddColumns("Id", "Name", "For", "Weeks", "Days/week", "Summary");
        foreach (var t in PlanTemplates.All)
        {
            table.AddRow(Markup.Escape(t.Id), Markup.Escape(t.Name), t.Audience.ToString().ToLowerInvariant(),
                t.Weeks.Count.ToString(CultureInfo.InvariantCulture), t.DaysPerWeek.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(t.Summary));
        }

        console.Write(table);
        var cautions = PlanTemplates.All.Where(t => t.Warning is not null).Select(t => $"{t.Id}: {t.Warning}").ToArray();
        PlanOutput.WriteList(console, "Cautions", cautions);
        console.MarkupLine("Use [bold]harrier plan apply --template ID --start YYYY-MM-DD --days mon,wed,fri[/] to date one.");
        return 0;
    }
}
