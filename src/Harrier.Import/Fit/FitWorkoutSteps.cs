using Harrier.Core.Plans;

namespace Harrier.Import.Fit;

/// <summary>Turns a plan's steps into FIT workout steps, folding back-to-back identical blocks into repeat steps.</summary>
/// <remarks>
/// A block of two to four steps with a run in it, done two or more times in a row ("run 1:00, walk 1:30" eight times), becomes
/// the block's steps once and a "repeat until steps complete" step pointing back at the block's first step with the number of
/// rounds (FIT profile: duration_step and repeat_steps). The longest coverage wins; on a tie, the shorter block.
/// </remarks>
internal static class FitWorkoutSteps
{
    private const int MaxBlock = 4;

    public static IReadOnlyList<FitWorkoutStep> From(IReadOnlyList<WorkoutStep> steps)
    {
        var result = new List<FitWorkoutStep>();
        var i = 0;
        while (i < steps.Count)
        {
            var (length, rounds) = BestRepeat(steps, i);
            if (rounds < 2)
            {
                result.Add(Step(steps[i], result.Count));
                i++;
                continue;
            }

            var first = result.Count;
            for (var j = 0; j < length; j++)
            {
                result.Add(Step(steps[i + j], result.Count));
            }

            result.Add(new FitWorkoutStep(result.Count, null, FitStepDuration.RepeatUntilStepsComplete, (uint)first,
                FitWorkoutStep.OpenTarget, (uint)rounds, null, null));
            i += length * rounds;
        }

        return result;
    }

    private static (int Length, int Rounds) BestRepeat(IReadOnlyList<WorkoutStep> steps, int start)
    {
        (int Length, int Rounds) best = (1, 1);
        for (var length = 2; length <= MaxBlock && start + (2 * length) <= steps.Count; length++)
        {
            if (!Enumerable.Range(start, length).Any(k => steps[k].IsRunning))
            {
                continue;
            }

            var rounds = 1;
            while (start + ((rounds + 1) * length) <= steps.Count && SameBlock(steps, start, start + (rounds * length), length))
            {
                rounds++;
            }

            if (rounds >= 2 && length * rounds > best.Length * best.Rounds)
            {
                best = (length, rounds);
            }
        }

        return best;
    }

    private static bool SameBlock(IReadOnlyList<WorkoutStep> steps, int a, int b, int length) =>
        Enumerable.Range(0, length).All(k => steps[a + k] == steps[b + k]);

    /// <summary>
    /// A time step when the plan gives a time (a watch times it without GPS), else a distance step. A step given both ways keeps
    /// the distance in its notes ("Run 0.40 km (or 3:00)").
    /// </summary>
    private static FitWorkoutStep Step(WorkoutStep step, int index)
    {
        var (name, intensity) = step.Kind switch
        {
            StepKind.WarmUp => ("Warm-up walk", FitIntensity.Warmup),
            StepKind.Run => ("Run", FitIntensity.Active),
            StepKind.Walk => ("Walk", FitIntensity.Recovery),
            StepKind.CoolDown => ("Cool-down walk", FitIntensity.Cooldown),
            StepKind.CrossTraining => ("Cross-training", FitIntensity.Active),
            StepKind.Strength => ("Strength", FitIntensity.Active),
            StepKind.Mobility => ("Mobility", FitIntensity.Active),
            _ => ("Rest", FitIntensity.Rest),
        };
        var notes = step.Seconds is not null && step.Meters is not null ? step.Describe() : null;
        return step.Seconds is { } seconds
            ? new FitWorkoutStep(index, name, FitStepDuration.Time, checked((uint)seconds * 1000), FitWorkoutStep.OpenTarget, 0, intensity, notes)
            : new FitWorkoutStep(index, name, FitStepDuration.Distance, (uint)Math.Round(step.Meters!.Value * 100), FitWorkoutStep.OpenTarget, 0,
                intensity, notes);
    }
}
