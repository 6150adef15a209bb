namespace Harrier.Web.Features.Load;

/// <summary>A week of the active plan still ahead: the load its sessions will bring (target effort × planned minutes).</summary>
/// <param name="Start">The Monday that starts the week.</param>
/// <param name="Load">Planned load (AU), counting only days from today on.</param>
/// <param name="Sessions">Planned sessions other than rest, from today on.</param>
/// <param name="RunSeconds">Planned running time of those sessions.</param>
public sealed record PlannedLoadWeek(DateOnly Start, double Load, int Sessions, int RunSeconds)
{
    public DateOnly End => Start.AddDays(6);
}
