using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>Plausibility checks for a run entered by hand, shared by the web form, the API and the CLI.</summary>
/// <remarks>
/// The limits catch typing slips (minutes typed as hours, metres as kilometres), not athletes: the fastest allowed pace,
/// 2:00 per km, is quicker than any world record from the mile up.
/// </remarks>
public static class RunCheck
{
    public static readonly Distance MaxDistance = Distance.FromKilometers(500);
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(100);
    public static readonly Pace FastestPace = Pace.FromSecondsPerKilometer(120);

    /// <summary>Problems with the entered values, each naming the field it belongs to; empty when the run is plausible.</summary>
    public static IReadOnlyList<RunProblem> Problems(DateTime startUtc, Distance distance, TimeSpan duration, DateTime nowUtc)
    {
        var problems = new List<RunProblem>();
        if (startUtc > nowUtc.AddHours(1))
        {
            problems.Add(new RunProblem(RunField.Start, "The start is in the future. Log a run after you have run it."));
        }
        else if (startUtc.Year < 1970)
        {
            problems.Add(new RunProblem(RunField.Start, "The date is too far in the past."));
        }

        if (distance.Meters <= 0)
        {
            problems.Add(new RunProblem(RunField.Distance, "Enter a distance greater than zero."));
        }
        else if (distance > MaxDistance)
        {
            problems.Add(new RunProblem(RunField.Distance, "That is more than 500 km. Check the distance and its unit."));
        }

        if (duration <= TimeSpan.Zero)
        {
            problems.Add(new RunProblem(RunField.Duration, "Enter a duration greater than zero."));
        }
        else if (duration > MaxDuration)
        {
            problems.Add(new RunProblem(RunField.Duration, "That is more than 100 hours. Check the duration."));
        }
        else if (Pace.Of(distance, duration) is { } pace && pace.SecondsPerKilometer < FastestPace.SecondsPerKilometer)
        {
            problems.Add(new RunProblem(RunField.Duration, "That is faster than 2:00 per km. Check the distance and the duration."));
        }

        return problems;
    }
}
