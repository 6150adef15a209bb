namespace Harrier.Core.Units;

/// <summary>The unit a runner prefers to see distances and paces in.</summary>
public enum DistanceUnit
{
    Kilometers = 0,
    Miles = 1,
}
