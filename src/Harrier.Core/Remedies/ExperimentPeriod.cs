namespace Harrier.Core.Remedies;

/// <summary>
/// One period of a remedy experiment: the days <paramref name="Start"/>–<paramref name="End"/> (both inclusive) of pair
/// <paramref name="Pair"/> (numbered from 1), with or without the remedy. Check-ins before <paramref name="ScoredFrom"/>
/// fall in the washout and are ignored.
/// </summary>
public sealed record ExperimentPeriod(int Pair, ExperimentArm Arm, DateOnly Start, DateOnly End, DateOnly ScoredFrom)
{
    /// <summary>Number of days whose check-ins count towards the period mean.</summary>
    public int ScoredDays => End.DayNumber - ScoredFrom.DayNumber + 1;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public bool IsScored(DateOnly day) => day >= ScoredFrom && day <= End;
}
