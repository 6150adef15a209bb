namespace Harrier.Core.Plans;

/// <summary>What the runner recorded about pain around one run, on a 0–10 numeric rating scale.</summary>
/// <param name="Day">The day of the run.</param>
/// <param name="DuringRun">Worst pain during the run (0–10), if recorded.</param>
/// <param name="NextMorning">Pain on getting up the next morning (0–10), if recorded.</param>
/// <param name="RedFlag">True when the runner reported a warning sign that needs a clinician (pain journal red flags).</param>
public sealed record PainObservation(DateOnly Day, int? DuringRun, int? NextMorning, bool RedFlag = false)
{
    public int? DuringRun { get; } = Check(DuringRun, nameof(DuringRun));

    public int? NextMorning { get; } = Check(NextMorning, nameof(NextMorning));

    private static int? Check(int? value, string name)
    {
        if (value is { } v)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(v, name);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(v, 10, name);
        }

        return value;
    }
}
