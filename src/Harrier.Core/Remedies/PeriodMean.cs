namespace Harrier.Core.Remedies;

/// <summary>
/// The morning-pain mean of one period from the check-ins on its scored (post-washout) days. <see cref="Mean"/> is null
/// while the period is unfinished or has fewer than <see cref="Needed"/> scored check-ins.
/// </summary>
public sealed record PeriodMean(ExperimentPeriod Period, int CheckIns, int Needed, bool Finished, double? Mean);
