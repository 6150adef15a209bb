using Harrier.Core.Daylight;

namespace Harrier.Core.GroupRuns;

/// <summary>A group run's sheet: one meeting, light and visibility, and each runner's own session with when they finish.</summary>
/// <param name="PlaceName">Where the group meets.</param>
/// <param name="Start">The meeting time in the place's zone.</param>
/// <param name="Sun">The day's civil dawn, sunrise, sunset and civil dusk at the place.</param>
/// <param name="Light">How light it is at the start.</param>
/// <param name="LightLine">The light in one sentence ("Starts 1 h 2 min before sunrise and 23 min before civil dawn: dark").</param>
/// <param name="Advice">Visibility advice and the coach's checklist when it is dark at the start or at the finish, else null.</param>
/// <param name="WarmUpSeconds">The shared warm-up walk.</param>
/// <param name="CoolDownSeconds">The shared cool-down walk.</param>
/// <param name="Lines">Each runner, those who run first (longest part first), then those who do not.</param>
/// <param name="GroupBack">When the whole group is back: the last finisher plus the cool-down.</param>
public sealed record RunSheet(
    string PlaceName, DateTimeOffset Start, SunDay Sun, MeetingLight Light, string LightLine, VisibilityAdvice? Advice, int WarmUpSeconds,
    int CoolDownSeconds, IReadOnlyList<SheetLine> Lines, DateTimeOffset GroupBack);
