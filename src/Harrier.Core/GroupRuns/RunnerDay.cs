using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Screening;

namespace Harrier.Core.GroupRuns;

/// <summary>What a run sheet knows of one runner on the day of a group run.</summary>
/// <param name="RunnerId">The runner's account id.</param>
/// <param name="Name">Their display name.</param>
/// <param name="HasPlan">True when they have an active plan.</param>
/// <param name="PlanPaused">True when their plan is paused by a warning sign.</param>
/// <param name="Session">Their running session on the day, or null.</param>
/// <param name="Intake">Whether their intake is valid.</param>
/// <param name="MorningPain">This morning's check-in pain (health scope), or null.</param>
/// <param name="Decision">The pain decision today (health scope), or null.</param>
/// <param name="OpenWarningSign">An open warning-signs check (health scope), or null.</param>
/// <param name="RecentSpike">True after a single-run spike in the last 7 days.</param>
/// <param name="HealthShared">
/// True when the runner shares health with the coach. Readiness always uses everything (a runner with an open warning sign is
/// never given a session), but without health sharing the sheet's notes say only that, not what was reported.
/// </param>
public sealed record RunnerDay(
    string RunnerId, string Name, bool HasPlan, bool PlanPaused, Workout? Session, IntakeStatus Intake, int? MorningPain = null,
    PainDecision? Decision = null, PastScreen? OpenWarningSign = null, bool RecentSpike = false, bool HealthShared = true);
