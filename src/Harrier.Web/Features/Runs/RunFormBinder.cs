using Harrier.Core;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;

namespace Harrier.Web.Features.Runs;

/// <summary>Applies a checked <see cref="RunForm"/> to a run, or reports what is wrong with it, field by field.</summary>
public static class RunFormBinder
{
    public sealed record Result(Run Run, IReadOnlyList<RunProblem> Problems);

    public static Result? Apply(RunForm form, Run run, HarrierUser user, IReadOnlyCollection<Shoe> shoes, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(shoes);
        ArgumentNullException.ThrowIfNull(clock);
        if (form.Date is not { } date || form.Time is not { } time || form.Distance is not { } amount || form.Rpe is not { } rpe)
        {
            return null;
        }

        var problems = new List<RunProblem>();
        if (!DurationText.TryParse(form.Duration, out var duration))
        {
            problems.Add(new RunProblem(RunField.Duration, "Write the duration as minutes (45), mm:ss (32:10) or h:mm:ss (1:05:30)."));
        }

        if (form.ShoeId is { } shoeId && shoes.All(s => s.Id != shoeId))
        {
            problems.Add(new RunProblem(RunField.Shoe, "Choose one of your own shoes."));
        }

        var zone = run.Id == 0 ? user.TimeZone : TimeZones.Get(run.TimeZoneId);
        var startUtc = TimeZones.ToUtc(date.ToDateTime(time), zone);
        var distance = Distance.From(amount, user.DistanceUnit);
        var now = clock.GetUtcNow().UtcDateTime;
        problems.AddRange(RunCheck.Problems(startUtc, distance, duration > TimeSpan.Zero ? duration : TimeSpan.FromSeconds(1), now)
            .Where(p => p.Field != RunField.Duration || problems.All(q => q.Field != RunField.Duration)));
        if (problems.Count > 0)
        {
            return new Result(run, problems);
        }

        run.Enter(new RunEntry(startUtc, zone.Id, distance, duration, new Effort(rpe), form.Surface, form.ShoeId, form.Notes, form.Name), now);
        return new Result(run, []);
    }

    public static string FieldName(RunField field) => field switch
    {
        RunField.Start => nameof(RunForm.Date),
        RunField.Distance => nameof(RunForm.Distance),
        RunField.Duration => nameof(RunForm.Duration),
        RunField.Effort => nameof(RunForm.Rpe),
        RunField.Surface => nameof(RunForm.Surface),
        RunField.Shoe => nameof(RunForm.ShoeId),
        _ => nameof(RunForm.Notes),
    };
}
