using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>Writes a workout's steps as "wu300 r60 w90 … cd300" (seconds) so a schedule fits in a test row.</summary>
internal static class StepCode
{
    public static string Of(Workout workout) => string.Join(' ', workout.Steps.Select(Of));

    public static string Of(WorkoutStep step)
    {
        var prefix = step.Kind switch
        {
            StepKind.WarmUp => "wu",
            StepKind.CoolDown => "cd",
            StepKind.Run => "r",
            StepKind.Walk => "w",
            _ => WireNames.Of(step.Kind),
        };
        return prefix + (step.Seconds ?? 0).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Expands "8x(r60 w90)" into "r60 w90 r60 w90 …" for writing expected schedules compactly.</summary>
    public static string Expand(string code)
    {
        var open = code.IndexOf("x(", StringComparison.Ordinal);
        if (open < 0)
        {
            return code;
        }

        var start = code.LastIndexOf(' ', open) + 1;
        var times = int.Parse(code[start..open], CultureInfo.InvariantCulture);
        var close = code.IndexOf(')', open);
        var inner = string.Join(' ', Enumerable.Repeat(code[(open + 2)..close], times));
        return Expand(code[..start] + inner + code[(close + 1)..]);
    }
}
