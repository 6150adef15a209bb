namespace Harrier.Core.Load;

/// <summary>
/// The heart rates a runner's heart-rate load is measured against: maximum and resting heart rate (beats per minute) and,
/// when given, the sex that picks Banister's constants.
/// </summary>
/// <remarks>
/// The bounds catch typing slips, not athletes: resting heart rates of elite endurance athletes reach the high 20s, maximum
/// heart rates range from about 150 to 220, and the reserve (maximum − resting) must leave room for an effort. Without a sex
/// the men's constants are used, which were the formula's first (Morton, Fitz-Clarke &amp; Banister 1990; EVIDENCE.md §2.5 [S]).
/// </remarks>
public sealed record HeartRateProfile
{
    public const int LowestMaximum = 100;
    public const int HighestMaximum = 230;
    public const int LowestResting = 25;
    public const int HighestResting = 120;
    public const int LeastReserve = 30;

    public HeartRateProfile(int maxHeartRate, int restingHeartRate, Sex? sex = null)
    {
        if (Problems(maxHeartRate, restingHeartRate).Count > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHeartRate), $"{maxHeartRate}/{restingHeartRate} is not a usable pair of heart rates.");
        }

        (MaxHeartRate, RestingHeartRate, Sex) = (maxHeartRate, restingHeartRate, sex);
    }

    /// <summary>Maximum heart rate, beats per minute.</summary>
    public int MaxHeartRate { get; }

    /// <summary>Resting heart rate, beats per minute.</summary>
    public int RestingHeartRate { get; }

    public Sex? Sex { get; }

    /// <summary>Banister's weighting <c>a·e^(b·x)</c>: (0.86, 1.67) for women, (0.64, 1.92) for men and when no sex is given.</summary>
    public (double A, double B) Constants => Sex == Load.Sex.Female ? (0.86, 1.67) : (0.64, 1.92);

    /// <summary>Which weighting is used, in plain words for a runner: "the weighting for women".</summary>
    public string ConstantsText => Sex switch
    {
        Load.Sex.Female => "the weighting for women",
        Load.Sex.Male => "the weighting for men",
        _ => "the weighting for men, used when no sex is given",
    };

    /// <summary>The fraction of heart-rate reserve a heart rate uses, clamped to [0, 1].</summary>
    public double ReserveFraction(double heartRate) =>
        Math.Clamp((heartRate - RestingHeartRate) / (MaxHeartRate - RestingHeartRate), 0, 1);

    /// <summary>The profile when both rates are given and usable; null otherwise (see <see cref="Problems"/>).</summary>
    public static HeartRateProfile? TryCreate(int? maxHeartRate, int? restingHeartRate, Sex? sex) =>
        maxHeartRate is { } max && restingHeartRate is { } rest && Problems(max, rest).Count == 0 ? new HeartRateProfile(max, rest, sex) : null;

    /// <summary>What is wrong with the two rates, each naming its field; empty when both are usable or both are left out.</summary>
    public static IReadOnlyList<HeartRateProblem> Problems(int? maxHeartRate, int? restingHeartRate)
    {
        var problems = new List<HeartRateProblem>();
        if (maxHeartRate is null && restingHeartRate is null)
        {
            return problems;
        }

        if (maxHeartRate is not { } max)
        {
            problems.Add(new(HeartRateField.Maximum, "Enter your maximum heart rate too, or leave both empty."));
        }
        else if (max is < LowestMaximum or > HighestMaximum)
        {
            problems.Add(new(HeartRateField.Maximum, $"Enter a maximum heart rate from {LowestMaximum} to {HighestMaximum} beats per minute."));
        }

        if (restingHeartRate is not { } rest)
        {
            problems.Add(new(HeartRateField.Resting, "Enter your resting heart rate too, or leave both empty."));
        }
        else if (rest is < LowestResting or > HighestResting)
        {
            problems.Add(new(HeartRateField.Resting, $"Enter a resting heart rate from {LowestResting} to {HighestResting} beats per minute."));
        }
        else if (maxHeartRate is { } m && m is >= LowestMaximum and <= HighestMaximum && m - rest < LeastReserve)
        {
            problems.Add(new(HeartRateField.Resting, $"Your resting heart rate must be at least {LeastReserve} beats below your maximum."));
        }

        return problems;
    }
}
