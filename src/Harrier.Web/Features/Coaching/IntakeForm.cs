using Harrier.Core.Intake;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Coaching;

/// <summary>The intake's questions as the API gives them: the PAR-Q+ and the activity history's choices.</summary>
/// <param name="ParQ">The PAR-Q+ form.</param>
/// <param name="Symptoms">The signs and symptoms asked about, with their words.</param>
/// <param name="Intensities">The intensities a runner can head for.</param>
/// <param name="Surfaces">The surfaces a runner can pick.</param>
public sealed record IntakeForm(ParQForm ParQ, IReadOnlyList<Choice<AcsmSymptom>> Symptoms, IReadOnlyList<ExerciseIntensity> Intensities,
    IReadOnlyList<Surface> Surfaces)
{
    public static IntakeForm Shipped { get; } = new(ParQForm.Shipped,
        Enum.GetValues<AcsmSymptom>().Select(s => new Choice<AcsmSymptom>(s, s.Words())).ToArray(), Enum.GetValues<ExerciseIntensity>(),
        Enum.GetValues<Surface>());
}

/// <summary>A value with its words.</summary>
public sealed record Choice<T>(T Value, string Words);
