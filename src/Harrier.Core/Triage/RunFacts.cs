using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Triage;

/// <summary>What triage reads of one run: a narrow view, never the recorded file or its streams.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Day">The runner's calendar day of the run (in the zone it was run in).</param>
/// <param name="StartUtc">The start instant.</param>
/// <param name="Distance">Its distance.</param>
/// <param name="Surface">Where it was run.</param>
/// <param name="ShoeId">The pair it was run in, if recorded.</param>
/// <param name="ShoeName">That pair's name.</param>
/// <param name="ClimbPerKilometer">Metres climbed per kilometre, for a recorded run.</param>
/// <param name="Cadence">Average cadence in steps per minute, for a recorded run that has it.</param>
public sealed record RunFacts(
    int Id, DateOnly Day, DateTime StartUtc, Distance Distance, Surface Surface, int? ShoeId, string? ShoeName,
    double? ClimbPerKilometer, double? Cadence);
