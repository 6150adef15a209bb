using System.ComponentModel.DataAnnotations;

namespace Harrier.Web.Features.Pain;

/// <summary>The pain entry form's typed fields; the body-map choices and qualities are posted as plain repeated fields.</summary>
public sealed class PainForm
{
    [Required(ErrorMessage = "Choose the day.")]
    public DateOnly? Day { get; set; }

    [Range(0, 10, ErrorMessage = "Choose 0 to 10.")]
    public int? DuringRun { get; set; }

    [Range(0, 10, ErrorMessage = "Choose 0 to 10.")]
    public int? AfterRun { get; set; }

    [Range(0, 10, ErrorMessage = "Choose 0 to 10.")]
    public int? NextMorning { get; set; }

    [Range(0, 1440, ErrorMessage = "Enter minutes from 0 to 1440.")]
    public int? StiffnessMinutes { get; set; }

    public int? RunId { get; set; }

    [StringLength(4000, ErrorMessage = "Keep notes under 4000 characters.")]
    public string? Notes { get; set; }

    /// <summary>Set from the posted body map; validated by the page.</summary>
    public string? Spot { get; set; }
}
