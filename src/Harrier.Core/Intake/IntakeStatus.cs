namespace Harrier.Core.Intake;

/// <summary>Whether a runner's intake is valid on a day, and if not, why it is due.</summary>
/// <param name="IsValid">True while the latest intake holds.</param>
/// <param name="Reason">Why it is due, in plain words; or until when it is valid.</param>
/// <param name="ValidUntil">The last day the latest intake is valid, when there is one.</param>
public sealed record IntakeStatus(bool IsValid, string Reason, DateOnly? ValidUntil)
{
    /// <summary>An intake is valid for 12 months (a PAR-Q-style convention; EVIDENCE §5.1 marks the PAR-Q+ wording of it [S/U]).</summary>
    public const int ValidMonths = 12;

    private static string Text(FormattableString text) => text.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The status as a coach without the health scope may read it: valid or due, and until when, but not why it is due (a
    /// warning sign reported after the intake is health data).
    /// </summary>
    public IntakeStatus WithoutHealthDetails() => IsValid ? this : this with
    {
        Reason = "Due: ask them to answer the health and activity questions (again) before the next run.",
    };

    /// <summary>The status on <paramref name="today"/>.</summary>
    /// <param name="takenOn">The day of the latest complete intake, or null for none.</param>
    /// <param name="warningSignSince">The day of a warning sign (soon or more urgent) found after the intake, or null.</param>
    /// <param name="today">The runner's day.</param>
    public static IntakeStatus Of(DateOnly? takenOn, DateOnly? warningSignSince, DateOnly today)
    {
        if (takenOn is not { } taken)
        {
            return new IntakeStatus(false, "No intake yet: the health and activity questions before the first run.", null);
        }

        var until = taken.AddMonths(ValidMonths).AddDays(-1);
        return warningSignSince is { } flagged && flagged >= taken
            ? new IntakeStatus(false, Text($"Due again: a warning sign was reported on {flagged:d MMM yyyy}, after the intake."), until)
            : today > until
                ? new IntakeStatus(false, Text($"Due again: the intake of {taken:d MMM yyyy} was valid for {ValidMonths} months."), until)
                : new IntakeStatus(true, Text($"Valid until {until:d MMM yyyy}."), until);
    }
}
