namespace Harrier.Core.Pain;

/// <summary>Which side; <see cref="Centre"/> is used for the middle of the lower back.</summary>
public enum BodySide
{
    Left,
    Centre,
    Right,
}
