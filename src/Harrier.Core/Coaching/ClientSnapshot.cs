using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Core.Units;

namespace Harrier.Core.Coaching;

/// <summary>What the roster knows of one client on one day. Health fields are null without the health scope.</summary>
/// <param name="RunnerId">The client's account id.</param>
/// <param name="Name">The client's display name.</param>
/// <param name="Scope">What the client shares.</param>
/// <param name="Intake">Whether the intake is valid (shown in both scopes: a coach must know before the first run).</param>
/// <param name="TodaySession">Today's session from the client's plan, "Rest day", or null without a plan.</param>
/// <param name="LastRunDay">The day of the latest run, or null.</param>
/// <param name="LastRunDistance">Its distance.</param>
/// <param name="Planned">Running sessions planned in the last 14 days (before today).</param>
/// <param name="Done">Of those, the ones done (marked done or hurt, or with a run that day).</param>
/// <param name="SpikeDay">The day of a single-run spike in the last 7 days, or null.</param>
/// <param name="WornShoe">The name of a pair past 800 km, or null.</param>
/// <param name="LatestMorningPain">The latest morning pain score (health scope), or null.</param>
/// <param name="PainDecision">The pain decision today (health scope), or null.</param>
/// <param name="OpenWarningSign">The open warning-signs check (health scope), or null.</param>
/// <param name="Trend">Morning pain this week against last week (health scope), or null.</param>
public sealed record ClientSnapshot(
    string RunnerId,
    string Name,
    SharingScope Scope,
    IntakeStatus Intake,
    string? TodaySession,
    DateOnly? LastRunDay,
    Distance? LastRunDistance,
    int Planned,
    int Done,
    DateOnly? SpikeDay,
    string? WornShoe,
    int? LatestMorningPain = null,
    PainDecision? PainDecision = null,
    PastScreen? OpenWarningSign = null,
    PainTrend? Trend = null)
{
    /// <summary>Planned sessions not done in the last 14 days.</summary>
    public int Missed => Math.Max(0, Planned - Done);
}
