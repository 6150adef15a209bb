using Harrier.Core.Units;

namespace Harrier.Core.Log;

/// <summary>A month or a year of a runner's log, with its running totals (cross-training is not counted).</summary>
/// <param name="Start">The period's first day in the runner's calendar.</param>
/// <param name="End">Its last day.</param>
/// <param name="RunCount">Runs that started in it.</param>
/// <param name="Distance">Their total distance.</param>
/// <param name="Time">Their total time.</param>
/// <param name="Longest">The longest of them; zero without runs.</param>
public sealed record LogPeriod(DateOnly Start, DateOnly End, int RunCount, Distance Distance, TimeSpan Time, Distance Longest)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
