using Harrier.Core.Pain;

namespace Harrier.Cli.Commands.Triage;

/// <summary>One body-map spot in a triage answers file: <c>{ "region": "outer-lower-leg", "side": "right" }</c>.</summary>
internal sealed record SpotInput
{
    public BodyRegion? Region { get; init; }

    public BodySide? Side { get; init; }
}
