using System.ComponentModel;
using System.Globalization;
using Harrier.Core.Plans;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary><c>harrier plan generate</c>: a plan that reaches a goal distance by a date, or says when it safely could.</summary>
public sealed class GeneratePlanCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<GeneratePlanCommand.Settings>
{
    public sealed class Settings : PlanSettings
    {
        [CommandOption("-g|--goal <DISTANCE>")]
        [Description("The distance to be able to run: 5k, 10k, 3mi, 8km or half (up to a half marathon).")]
        public string Goal { get; init; } = "";

        [CommandOption("--by <DATE>")]
        [Description("Goal day, YYYY-MM-DD: a race, or the day you want to run the distance (within 2 years).")]
        public string By { get; init; } = "";

        [CommandOption("--days <DAYS>")]
        [Description("Days you can train, e.g. mon,wed,fri.")]
        public string Days { get; init; } = "";

        [CommandOption("--start <DATE>")]
        [Description("First day of the plan, YYYY-MM-DD (default: today).")]
        public string? Start { get; init; }

        [CommandOption("--current <ABILITY>")]
        [Description("What you can do now: none, minutes without stopping (20min) or a recent run (\"5k in 32:00\"). Default: none.")]
        public string Current { get; init; } = "none";

        [CommandOption("--target <TIME>")]
        [Description("Optional finishing time for the goal: mm:ss or h:mm:ss.")]
        public string? Target { get; init; }

        [CommandOption("--long-run-day <DAY>")]
        [Description("Preferred day for the week's longest run (default: your last training day of the week).")]
        public string? LongRunDay { get; init; }

        [CommandOption("--weight-kg <KG>")]
        [Description("Body mass in kg; with --height-cm, used for the first-week cap when BMI is over 30.")]
        public double? WeightKg { get; init; }

        [CommandOption("--height-cm <CM>")]
        [Description("Height in cm; with --weight-kg.")]
        public double? HeightCm { get; init; }

        [CommandOption("--unit <UNIT>")]
        [Description("km or mi: the unit for paces and distances (default: km).")]
        public string? Unit { get; init; }

        // Only what the command line adds: each option's text is a date, weekdays, a weekday or a unit. PlanInput has the rules.
        public override ValidationResult Validate() =>
            !PlanArguments.TryParseDate(By, out _) ? ValidationResult.Error("--by is required: the goal day, YYYY-MM-DD.")
            : Start is not null && !PlanArguments.TryParseDate(Start, out _) ? ValidationResult.Error("--start must be a date, YYYY-MM-DD.")
            : !WeekdayText.TryParseList(Days, out _, out var error) ? ValidationResult.Error("--days: " + error)
            : LongRunDay is not null && !WeekdayText.TryParse(LongRunDay, out _)
                ? ValidationResult.Error($"--long-run-day: '{LongRunDay}' is not a weekday. " + WeekdayText.Help)
            : Unit is not null && !PlanArguments.TryParseUnit(Unit, out _) ? ValidationResult.Error("--unit must be km or mi.")
            : ValidationResult.Success();

        /// <summary>The input, once <see cref="Validate"/> has accepted the text of every option.</summary>
        internal PlanInput ToInput()
        {
            _ = WeekdayText.TryParseList(Days, out var days, out _);
            _ = PlanArguments.TryParseUnit(Unit ?? "km", out var unit);
            return new PlanInput
            {
                Goal = Goal,
                By = PlanArguments.TryParseDate(By, out var by) ? by : null,
                Start = Start is not null && PlanArguments.TryParseDate(Start, out var start) ? start : null,
                Days = days,
                Current = Current,
                TargetTime = Target,
                LongRunDay = LongRunDay is not null && WeekdayText.TryParse(LongRunDay, out var day) ? day : null,
                WeightKg = WeightKg,
                HeightCm = HeightCm,
                Unit = unit,
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

        var request = check.Goal!;
        var plan = check.Build();
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanDocument.From(plan, check)));
            return 0;
        }

        PlanOutput.Write(console, plan, unit: request.Unit, cautions: PlanArguments.Cautions(check));
        if (request.Bmi is { } bmi)
        {
            var text = bmi.ToString("0.0", CultureInfo.InvariantCulture);
            console.MarkupLineInterpolated($"BMI {text} (from --weight-kg and --height-cm).");
        }

        return 0;
    }
}
