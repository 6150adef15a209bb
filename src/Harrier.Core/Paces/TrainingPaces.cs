using Harrier.Core.Units;

namespace Harrier.Core.Paces;

/// <summary>A runner's VDOT and the easy, threshold and interval pace bands that follow from it.</summary>
public sealed record TrainingPaces(double Vdot, PaceRange Easy, PaceRange Threshold, PaceRange Interval)
{
    /// <summary>Shown with the paces: the band percentages are not verified against Daniels's own text.</summary>
    public const string Caveat =
        "Paces come from the Daniels & Gilbert equations; the intensity bands (easy 59–74%, threshold 83–88%, interval 95–100%) " +
        "are commonly quoted but were not checked against Daniels's book. Treat them as a guide and run easy days by feel.";

    /// <summary>Paces from a recent all-out run or race.</summary>
    public static TrainingPaces FromPerformance(Distance distance, TimeSpan time) => FromVdot(Paces.Vdot.FromPerformance(distance, time));

    public static TrainingPaces FromVdot(double vdot)
    {
        var bands = IntensityBand.Daniels.ToDictionary(b => b.Name, b => new PaceRange(
            Paces.Vdot.PaceAt(vdot, b.Low), Paces.Vdot.PaceAt(vdot, b.High)), StringComparer.Ordinal);
        return new TrainingPaces(vdot, bands["Easy"], bands["Threshold"], bands["Interval"]);
    }
}
