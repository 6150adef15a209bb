using Harrier.Core.Units;

namespace Harrier.Core.Paces;

/// <summary>A training pace band, from its slower to its faster end.</summary>
public sealed record PaceRange(Pace Slow, Pace Fast)
{
    /// <summary>"6:10–5:20 /km".</summary>
    public string Format(DistanceUnit unit) => $"{Slow.Format(unit).Split(' ')[0]}–{Fast.Format(unit)}";

    public override string ToString() => Format(DistanceUnit.Kilometers);
}
