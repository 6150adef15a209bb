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

        // Only what the command line adds: the option is there and its text is a date or weekdays. PlanInput has the rules.
        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Template))
            {
                return ValidationResult.Error($"--template is required: one of {string.Join(", ", PlanTemplates.All.Select(t => t.Id))}.");
            }

            if (Start is not null && !PlanArguments.TryParseDate(Start, out _))
            {
                return ValidationResult.Error("--start must be a date, YYYY-MM-DD.");
            }

            return Days is not null && !WeekdayText.TryParseList(Days, out _, out var error)
                ? ValidationResult.Error("--days: " + error)
                : ValidationResult.Success();
        }

        /// <summary>The input, once <see cref="Validate"/> has accepted the text of every option.</summary>
        internal PlanInput ToInput()
        {
            DayOfWeek[] days = [];
            _ = Days is not null && WeekdayText.TryParseList(Days, out days, out _);
            return new PlanInput
            {
                Template = Template,
                Start = Start is not null && PlanArguments.TryParseDate(Start, out var start) ? start : null,
                Days = days,
                DaysChosen = Days is not null,
            };
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var check = settings.ToInput().Validate(PlanArguments.Today(clock));
        if (!PlanArguments.ReportErrors(console, check))
        {
            return 1;
        }

        var plan = check.Build();
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanDocument.From(plan, check)));
        }
        else
        {
            PlanOutput.Write(console, plan, check.Template!.Evidence, cautions: PlanArguments.Cautions(check));
        }

        return 0;
    }
}
