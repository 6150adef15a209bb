using Harrier.Core.Units;

namespace Harrier.Core.Activities;

/// <summary>One split (a kilometre or a mile; the last may be shorter) with the moving time it took.</summary>
/// <param name="Number">1-based.</param>
public sealed record Split(int Number, Distance Distance, TimeSpan MovingTime)
{
    public Pace? Pace => Units.Pace.Of(Distance, MovingTime);
}
