using System.Globalization;

namespace Harrier.Core.Answers;

/// <summary>The values a number a runner types may take, named in plain words: the one place its bounds live.</summary>
/// <remarks>Pages use <see cref="MinText"/> and <see cref="MaxText"/> for their fields' <c>min</c> and <c>max</c>, and the API and the
/// CLI refuse the same values with the same <see cref="Error"/>, so no path accepts what another refuses.</remarks>
/// <param name="Words">What the number is, in plain words, as the error starts: "Hours sitting a day".</param>
/// <param name="Min">The smallest value accepted (inclusive).</param>
/// <param name="Max">The largest value accepted (inclusive).</param>
/// <param name="Whole">True when only whole numbers make sense (age, sessions a week).</param>
/// <param name="Unit">The unit after the bounds in the error, e.g. "kg"; null for none.</param>
public sealed record AnswerRange(string Words, double Min, double Max, bool Whole = false, string? Unit = null)
{
    /// <summary>The lower bound as a page's <c>min</c> attribute writes it.</summary>
    public string MinText => Min.ToString(CultureInfo.InvariantCulture);

    /// <summary>The upper bound as a page's <c>max</c> attribute writes it.</summary>
    public string MaxText => Max.ToString(CultureInfo.InvariantCulture);

    /// <summary>The step a page's number field takes: 1 for whole numbers, "any" otherwise.</summary>
    public string Step => Whole ? "1" : "any";

    /// <summary>True when <paramref name="value"/> is accepted.</summary>
    public bool Contains(double value) => double.IsFinite(value) && value >= Min && value <= Max && (!Whole || value == Math.Floor(value));

    /// <summary>What to fix, in plain words: "Hours sitting a day must be from 0 to 24."</summary>
    public string Error => string.Create(CultureInfo.InvariantCulture,
        $"{Words} must be {(Whole ? "a whole number " : "")}from {MinText} to {MaxText}{(Unit is null ? "" : " " + Unit)}.");

    /// <summary>The error for a value that is not a number at all.</summary>
    public string NotANumber => string.Create(CultureInfo.InvariantCulture,
        $"{Words} must be a {(Whole ? "whole number" : "number")} from {MinText} to {MaxText}{(Unit is null ? "" : " " + Unit)}.");

    /// <summary>The error for <paramref name="value"/>, or null when it is absent or accepted.</summary>
    public string? Check(double? value) => value is { } v && !Contains(v) ? Error : null;
}
