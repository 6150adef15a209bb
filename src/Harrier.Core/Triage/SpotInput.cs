using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>One body-map spot in a triage answers file: <c>{ "region": "outer-lower-leg", "side": "right" }</c>.</summary>
public sealed record SpotInput
{
    public BodyRegion? Region { get; init; }

    public BodySide? Side { get; init; }
}
