using System.ComponentModel;
using System.Globalization;
using Harrier.Core.Plans;
using Harrier.Core.Units;
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
        [Description("Goal day, YYYY-MM-DD: a race, or the day you want to run the distance.")]
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

        public override ValidationResult Validate()
        {
            if (!GoalText.TryParseDistance(Goal, out var goal))
            {
                return ValidationResult.Error("--goal is required: a distance such as 5k, 10k, 3mi or half.");
            }

            if (goal.Meters > GoalPlanner.LongestGoal.Meters + 50)
            {
                return ValidationResult.Error("--goal: Harrier plans goals up to a half marathon (21.1 km).");
            }

            if (!PlanArguments.TryParseDate(By, out _))
            {
                return ValidationResult.Error("--by is required: the goal day, YYYY-MM-DD.");
            }

            return Start is not null && !PlanArguments.TryParseDate(Start, out _)
                    ? ValidationResult.Error("--start must be a date, YYYY-MM-DD.")
                : !PlanArguments.TryParseDays(Days, out _, out var error) ? ValidationResult.Error(error)
                : !GoalText.TryParseAbility(Current, out _)
                    ? ValidationResult.Error(
                        "--current must be none, minutes you can run without stopping (20min) or a recent run (\"5k in 32:00\").")
                : Target is not null && !(DurationText.TryParse(Target, out var t) && t > TimeSpan.Zero)
                    ? ValidationResult.Error("--target must be a time: mm:ss or h:mm:ss.")
                : LongRunDay is not null && !PlanArguments.TryParseDay(LongRunDay, out _)
                    ? ValidationResult.Error($"--long-run-day: '{LongRunDay}' is not a weekday. " + PlanArguments.DaysHelp)
                : ValidateBody();
        }

        private ValidationResult ValidateBody() =>
            (WeightKg is null) != (HeightCm is null) ? ValidationResult.Error("Give --weight-kg and --height-cm together, or neither.")
            : WeightKg is < 25 or > 350 ? ValidationResult.Error("--weight-kg must be between 25 and 350.")
            : HeightCm is < 100 or > 250 ? ValidationResult.Error("--height-cm must be between 100 and 250.")
            : ValidationResult.Success();

        /// <summary>The request, once <see cref="Validate"/> has accepted every option.</summary>
        internal GoalRequest ToRequest(DateOnly start)
        {
            _ = GoalText.TryParseDistance(Goal, out var goal);
            _ = PlanArguments.TryParseDate(By, out var by);
            _ = PlanArguments.TryParseDays(Days, out var days, out _);
            _ = GoalText.TryParseAbility(Current, out var ability);
            return new GoalRequest(start, goal, by, days, ability)
            {
                TargetTime = Target is not null && DurationText.TryParse(Target, out var t) ? t : null,
                LongRunDay = LongRunDay is not null && PlanArguments.TryParseDay(LongRunDay, out var d) ? d : null,
                BodyMassKg = WeightKg,
                HeightCm = HeightCm,
            };
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var today = PlanArguments.Today(clock);
        var start = settings.Start is not null && PlanArguments.TryParseDate(settings.Start, out var s) ? s : today;
        var request = settings.ToRequest(start);
        if (start < today)
        {
            console.MarkupLineInterpolated(
                $"[red]--start {PlanArguments.Format(start)} is in the past (today is {PlanArguments.Format(today)}).[/]");
            return 1;
        }

        if (request.By <= start)
        {
            console.MarkupLineInterpolated(
                $"[red]--by {PlanArguments.Format(request.By)} must be after the plan's start ({PlanArguments.Format(start)}).[/]");
            return 1;
        }

        var plan = GoalPlanner.Generate(request);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(PlanOutput.Json(PlanDocument.From(plan)));
        }
        else
        {
            PlanOutput.Write(console, plan);
            if (request.Bmi is { } bmi)
            {
                var text = bmi.ToString("0.0", CultureInfo.InvariantCulture);
                console.MarkupLineInterpolated($"BMI {text} (from --weight-kg and --height-cm).");
            }
        }

        return 0;
    }
}
