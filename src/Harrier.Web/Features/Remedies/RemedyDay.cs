using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>One day of an experiment: its period (if any), whether its check-in counts, the morning pain and the day's run load.</summary>
/// <param name="Pain">The morning check-in (NRS 0–10), or null when none was given.</param>
/// <param name="Load">Sum of the day's run loads (session RPE × minutes, AU); unrated runs add none.</param>
public sealed record RemedyDay(DateOnly Day, ExperimentPeriod? Period, int? Pain, double Load)
{
    public bool Scored => Period?.IsScored(Day) ?? false;

    public bool InWashout => Period is not null && !Period.IsScored(Day);
}
