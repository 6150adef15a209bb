namespace Harrier.Core.Pain;

/// <summary>Where it hurts, as the body map offers it (front and back). Sides are separate: see <see cref="BodySide"/>.</summary>
public enum BodyRegion
{
    LowerBack,
    Buttock,
    Hip,
    Groin,
    Thigh,
    Knee,
    Shin,
    OuterLowerLeg,
    Calf,
    Achilles,
    Ankle,
    Foot,
}
