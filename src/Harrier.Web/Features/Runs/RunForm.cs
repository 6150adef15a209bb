using System.ComponentModel.DataAnnotations;
using Harrier.Core;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Runs;

/// <summary>The run form as typed: distance in the runner's unit, duration as text ("32:10").</summary>
public sealed class RunForm
{
    [Required(ErrorMessage = "Enter the date of the run.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the start time.")]
    public TimeOnly? Time { get; set; }

    [Required(ErrorMessage = "Enter the distance.")]
    [Range(0.01, 10000, ErrorMessage = "Enter a distance greater than zero.")]
    public double? Distance { get; set; }

    [Required(ErrorMessage = "Enter how long the run took, e.g. 32:10 or 1:05:30.")]
    [DurationFormat(ErrorMessage = "Write the duration as minutes (45), mm:ss (32:10) or h:mm:ss (1:05:30).")]
    public string? Duration { get; set; }

    [Required(ErrorMessage = "Choose how hard the whole run felt.")]
    [Range(Effort.Min, Effort.Max, ErrorMessage = "Choose a value from 0 to 10.")]
    public int? Rpe { get; set; }

    public Surface Surface { get; set; } = Surface.Road;

    public int? ShoeId { get; set; }

    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string? Name { get; set; }

    [StringLength(4000, ErrorMessage = "Keep notes under 4000 characters.")]
    public string? Notes { get; set; }

    public static RunForm From(Run run, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(run);
        var local = TimeZoneInfo.ConvertTimeFromUtc(run.StartUtc, TimeZones.Get(run.TimeZoneId));
        return new RunForm
        {
            Date = DateOnly.FromDateTime(local),
            Time = new TimeOnly(local.Hour, local.Minute),
            Distance = Math.Round(run.Distance.In(unit), 2),
            Duration = DurationText.Format(run.Duration),
            Rpe = run.Effort?.Value,
            Surface = run.Surface,
            ShoeId = run.ShoeId,
            Notes = run.Notes,
            Name = run.Name,
        };
    }
}
