using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Harrier.Core.Troubleshooter;

namespace Harrier.Cli.Commands.Triage;

/// <summary>What <c>harrier triage</c> reports: the red-flag screen first, then the ranked contributors and one plan action.</summary>
/// <param name="Urgency">The most urgent triggered red flag, or self when none fired.</param>
/// <param name="SuspendPlan">True when an emergency or same-day flag fired.</param>
/// <param name="RedFlags">Triggered red flags, most urgent first.</param>
/// <param name="UnansweredRedFlags">Red-flag question ids not answered in the file: the screen covers only what was answered.</param>
/// <param name="AgeMissing">True when rules that need the runner's age could not be checked.</param>
/// <param name="Contributors">Possible contributors, in rank order.</param>
/// <param name="PlanAction">
/// Suspend when a red flag says so; otherwise the troubleshooter's action, at least hold when any flag fired.
/// </param>
/// <param name="PlanReason">Why that plan action.</param>
/// <param name="Disclaimer">Harrier informs; it does not diagnose.</param>
internal sealed record TriageReport(
    Urgency Urgency,
    bool SuspendPlan,
    IReadOnlyList<RedFlagOutput> RedFlags,
    IReadOnlyList<string> UnansweredRedFlags,
    bool AgeMissing,
    IReadOnlyList<ContributorOutput> Contributors,
    PlanAction PlanAction,
    string PlanReason,
    string Disclaimer)
{
    /// <summary>The line that opens every report.</summary>
    public const string InformsLine = "Harrier informs; it does not diagnose.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        WriteIndented = true,

        // Terminal and file output, never embedded in HTML: keep "§" and apostrophes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TriageReport From(RedFlagResult screen, TriageResult triage)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(triage);
        var (action, reason) = screen.SuspendPlan
            ? (PlanAction.Suspend, "A red flag needs a clinician today or now: pause the plan until you have been checked.")
            : screen.Triggered.Count > 0 && triage.PlanAction < PlanAction.Hold
                ? (PlanAction.Hold, "A red flag says to see a clinician: do not step up until you have been checked.")
                : (triage.PlanAction, triage.PlanReason);
        return new TriageReport(
            screen.Overall,
            screen.SuspendPlan,
            screen.Triggered.Select(RedFlagOutput.From).ToArray(),
            screen.Unanswered,
            screen.AgeMissing,
            triage.Contributors.Select(ContributorOutput.From).ToArray(),
            action,
            reason,
            $"{InformsLine} {RedFlagScreen.Disclaimer} {TriageResult.Disclaimer}");
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);
}
