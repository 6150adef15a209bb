using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Load;

internal static class LogRuns
{
    public static Run Make(DateTime startUtc, double meters, double minutes, int effort = 3) => new()
    {
        OwnerId = "runner",
        StartUtc = startUtc,
        Distance = Distance.FromMeters(meters),
        Duration = TimeSpan.FromMinutes(minutes),
        Effort = new Effort(effort),
    };
}
