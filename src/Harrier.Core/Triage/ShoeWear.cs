using Harrier.Core.Units;

namespace Harrier.Core.Triage;

/// <summary>A pair of shoes as triage reads it: when it was first run in and how far it has gone in all.</summary>
/// <param name="Id">The shoe's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="FirstRun">The day of its first logged run, or null when none.</param>
/// <param name="Total">Its starting distance plus every logged run in it.</param>
public sealed record ShoeWear(int Id, string Name, DateOnly? FirstRun, Distance Total);
