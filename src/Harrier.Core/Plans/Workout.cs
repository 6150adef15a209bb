namespace Harrier.Core.Plans;

/// <summary>One undated session of a plan: what to do, how hard, and a short instruction a novice understands.</summary>
public sealed record Workout
{
    /// <summary>The standard wording of a checkpoint: a published step up larger than the 10% single-run rule allows.</summary>
    public const string CheckpointAdvice =
        "Checkpoint: this is a bigger step up than usual. Hold or repeat the previous week if it felt hard.";

    public Workout(WorkoutKind kind, string title, string instruction, IReadOnlyList<WorkoutStep> steps, WorkoutTarget? target = null,
        string? checkpointNote = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(instruction);
        ArgumentNullException.ThrowIfNull(steps);
        var runs = steps.Count(s => s.IsRunning);
        if (kind is WorkoutKind.Run or WorkoutKind.WalkRun && runs == 0)
        {
            throw new ArgumentException($"A {WireNames.Of(kind)} workout needs at least one run step.", nameof(steps));
        }

        if (kind is not (WorkoutKind.Run or WorkoutKind.WalkRun) && runs > 0)
        {
            throw new ArgumentException($"A {WireNames.Of(kind)} workout has no run steps.", nameof(steps));
        }

        Kind = kind;
        Title = title;
        Instruction = instruction;
        Steps = steps.ToArray();
        Target = target;
        CheckpointNote = checkpointNote;
    }

    public WorkoutKind Kind { get; init; }

    /// <summary>A short name, e.g. "Week 4, run 1".</summary>
    public string Title { get; init; }

    /// <summary>One or two sentences saying what to do, in plain words.</summary>
    public string Instruction { get; init; }

    /// <summary>The ordered parts (warm-up, run, walk, …, cool-down).</summary>
    public IReadOnlyList<WorkoutStep> Steps { get; init; }

    public WorkoutTarget? Target { get; init; }

    /// <summary>Why this workout is a hold-or-repeat checkpoint, or null when it is not one.</summary>
    public string? CheckpointNote { get; init; }

    public bool IsCheckpoint => CheckpointNote is not null;

    /// <summary>True for the goal day itself (a race or the planned goal run) at the end of a generated plan.</summary>
    public bool IsGoal { get; init; }

    public bool IsRunning => Kind is WorkoutKind.Run or WorkoutKind.WalkRun;

    /// <summary>Total running time in seconds; a step given only by distance is timed at the target pace when there is one.</summary>
    public int RunSeconds => Steps.Where(s => s.IsRunning).Sum(s => s.SecondsAt(Target?.Pace) ?? 0);

    /// <summary>The longest unbroken running bout in seconds (adjacent run steps count as one bout).</summary>
    public int LongestRunSeconds
    {
        get
        {
            int longest = 0, current = 0;
            foreach (var step in Steps)
            {
                current = step.IsRunning ? current + (step.SecondsAt(Target?.Pace) ?? 0) : 0;
                longest = Math.Max(longest, current);
            }

            return longest;
        }
    }

    /// <summary>Planned running distance in metres when every run step states one; otherwise null.</summary>
    public double? DistanceMeters
    {
        get
        {
            var runs = Steps.Where(s => s.IsRunning).ToArray();
            return runs.Length > 0 && runs.All(s => s.Meters is not null) ? runs.Sum(s => s.Meters!.Value) : null;
        }
    }

    /// <summary>Whole session time in seconds, warm-up and walks included (distance-only steps at the target pace).</summary>
    public int TotalSeconds => Steps.Sum(s => s.SecondsAt(Target?.Pace) ?? 0);
}
