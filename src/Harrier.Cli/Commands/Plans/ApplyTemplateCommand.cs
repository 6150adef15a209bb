using System.ComponentModel;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan apply</c>: dates a template from a start day on the runner's training days.</summary>
public sealed class ApplyTemplateCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<ApplyTemplateCommand.Settings>
{
    public sealed class Settings : PlanSettings
    {
        [CommandOption("-t|--template <ID>")]
        [Description("The template's id, from 'harrier plan templates' (e.g. nhs-couch-to-5k).")]
        public string Template { get; init; } = "";

        [CommandOption("--start <DATE>")]
        [Description("First day of the plan, YYYY-MM-DD (default: today).")]
        public string? Start { get; init; }

        [CommandOption("--days <DAYS>")]
        [Description("Training days, e.g. mon,wed,fri (default: the template's own days).")]
        public string? Days { get; init; }

        public override ValidationResult Validate()
        {
            var known = string.Join(", ", PlanTemplates.All.Select(t => t.Id));
            if (string.IsNullOrWhiteSpace(Template))
            {
                return ValidationResult.Error($"--template is required: one of {known}.");
            }

            if (PlanTemplates.Find(Template.Trim()) is not { } template)
            {
                return ValidationResult.Error($"No template '{Template}'. Choose one of {known}.");
            }

            if (Start is not null && !PlanArguments.TryParseDate(Start, out _))
            {
                return ValidationResult.Error("--start must be a date, YYYY-MM-DD.");
            }

            if (Days is null)
            {
                return ValidationResult.Success();
            }

            if (!PlanArguments.TryParseDays(Days, out var days, out var error))
            {
                return ValidationResult.Error(error);
            }

            return days.Length < template.DaysPerWeek
                ? ValidationResult.Error($"{template.Name} needs {template.DaysPerWeek} training days a week; --days gives {days.Length}.")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        // Validate() has accepted the template, the date and the days.
        var template = PlanTemplates.Get(settings.Template.Trim());
        var today = PlanArguments.Today(clock);
        var start = settings.Start is not null && PlanArguments.TryParseDate(settings.Start, out var s) ? s : today;
        if (start < today)
        {
            console.MarkupLineInterpolated(
                $"[red]--start {PlanArguments.Format(start)} is in the past (today is {PlanArguments.Format(today)}).[/]");
            return 1;
        }

        DayOfWeek[]? days = null;
        if (settings.Days is not null)
        {
            _ = PlanArguments.TryParseDays(settings.Days, out var parsed, out _);
            days = parsed;
        }

        var plan = template.Apply(start, days);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanDocument.From(plan)));
        }
        else
        {
            PlanOutput.Write(console, plan, template.Evidence);
        }

        return 0;
    }
}
