using Harrier.Core.Coaching;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Data.Coaching;

namespace Harrier.Web.Features.Coaching;

/// <summary>A new invitation, with its code shown this once and the link a runner opens.</summary>
public sealed record InvitationCreated(int Id, string Code, string Link, DateTime ExpiresUtc);

/// <summary>An invitation still open.</summary>
public sealed record InvitationResponse(int Id, DateTime CreatedUtc, DateTime ExpiresUtc);

/// <summary>A client as the coach's list shows them.</summary>
public sealed record ClientResponse(string RunnerId, string Name, SharingScope Scope, string ScopeWords, DateTime Since);

/// <summary>A roster row: the client, why they need attention, and the figures behind it (health figures only in the health scope).</summary>
public sealed record RosterResponse(
    string RunnerId, string Name, SharingScope Scope, Attention Attention, IReadOnlyList<string> Reasons, bool IntakeValid, string Intake,
    string? TodaySession, DateOnly? LastRunDay, double? LastRunMeters, int Planned, int Done, DateOnly? SpikeDay, string? WornShoe,
    int? LatestMorningPain, double? MorningPainThisWeek, double? MorningPainLastWeek, string? MorningPainTrend, PainAction? PainDecision,
    Urgency? OpenWarningSign, DateOnly? WarningSignDay)
{
    public static RosterResponse From(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var c = entry.Client;
        return new RosterResponse(c.RunnerId, c.Name, c.Scope, entry.Attention, entry.Reasons, c.Intake.IsValid, c.Intake.Reason, c.TodaySession,
            c.LastRunDay, c.LastRunDistance?.Meters, c.Planned, c.Done, c.SpikeDay, c.WornShoe, c.LatestMorningPain,
            Round(c.Trend?.ThisWeekMorning), Round(c.Trend?.LastWeekMorning), c.Trend?.MorningDirection, c.PainDecision?.Action,
            c.OpenWarningSign?.Overall, c.OpenWarningSign?.Day);
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}

/// <summary>A runner's coach as the runner sees them.</summary>
public sealed record CoachResponse(int LinkId, string CoachName, SharingScope Scope, string ScopeWords, DateTime Since);

/// <summary>What accepting an invitation would share, before the runner accepts.</summary>
public sealed record InvitationPreview(string CoachName, DateTime ExpiresUtc, IReadOnlyList<ScopeChoice> Scopes);

/// <summary>A scope the runner can choose, with what it shares in plain words.</summary>
public sealed record ScopeChoice(SharingScope Scope, string Words);

/// <summary>Accepting an invitation: its code and what to share.</summary>
public sealed record AcceptRequest(string? Code, SharingScope? Scope);

/// <summary>Changing what a runner shares with a coach.</summary>
public sealed record ScopeRequest(SharingScope? Scope);

/// <summary>One view of the runner's health data by a coach.</summary>
public sealed record HealthViewResponse(string Coach, HealthRecord Record, string Words, string Channel, DateTime AtUtc);

/// <summary>A comment on a run, a pain entry or a planned session.</summary>
public sealed record CommentResponse(int Id, string Author, bool ByRunner, CommentTarget Target, string TargetKey, string Text, DateTime CreatedUtc);

/// <summary>A new comment or reply.</summary>
public sealed record CommentRequest(CommentTarget? Target, string? TargetKey, string? Text);

/// <summary>An intake: PAR-Q+ answers by id and the activity history.</summary>
public sealed record IntakeRequest(Dictionary<string, bool>? ParQ, ActivityHistory? History);

/// <summary>An intake's result and status.</summary>
public sealed record IntakeResponse(
    IntakeVerdict Verdict, string Headline, IReadOnlyList<string> NextSteps, ParQOutcome ParQ, AcsmRecommendation Acsm, bool ScreenNow,
    IReadOnlyList<string> Missing, DateOnly? TakenOn, string? EnteredBy)
{
    public static IntakeResponse From(IntakeOutcome outcome, DateOnly? takenOn, string? enteredBy)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new IntakeResponse(outcome.Verdict, outcome.Headline, outcome.NextSteps, outcome.ParQ.Outcome, outcome.Acsm, outcome.ScreenNow,
            outcome.ParQ.Missing, takenOn, enteredBy);
    }
}

/// <summary>The runner's intake: the latest result, whether it is valid, and the history of outcomes.</summary>
public sealed record IntakeStatusResponse(bool Valid, string Status, IntakeResponse? Latest, IReadOnlyList<IntakeHistoryItem> History);

/// <summary>One past intake: its day, verdict and who entered it.</summary>
public sealed record IntakeHistoryItem(DateOnly Day, string Verdict, string Headline, bool EnteredByCoach);
