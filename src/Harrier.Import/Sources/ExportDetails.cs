namespace Harrier.Import.Sources;

/// <summary>What an account export's own summary says about one activity file: what the runner typed and chose.</summary>
/// <remarks>
/// From Strava's <c>activities.csv</c> (matched by its <c>Filename</c> column) or Garmin's <c>*summarizedActivities.json</c>
/// (matched by the activity id at the end of the file's name). Each value is null when the export leaves it empty.
/// </remarks>
/// <param name="Name">The activity's title ("Morning Run").</param>
/// <param name="Description">The runner's description, possibly several lines.</param>
/// <param name="Gear">The gear's name as the runner called it (Strava's "Activity Gear", e.g. a pair of shoes).</param>
/// <param name="Sport">The export's activity type ("Run", "running"); see <see cref="Harrier.Core.Activities.SportNames"/>.</param>
public sealed record ExportDetails(string? Name, string? Description, string? Gear, string? Sport);
