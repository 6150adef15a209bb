using Harrier.Core.Pain;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

/// <summary>
/// The runner of the seed thread: from nothing to 5 km in weeks, a summer job, computer work, hills "not that hilly", new neutral
/// Asics after the pain started, right-sided low back pain with a slight pain on the outer right lower leg, no strength routine
/// for running, "not the best of posture".
/// </summary>
internal static class ThreadRunner
{
    public const int TodayOffset = 36;

    public static TriageAnswers Answers { get; } = new()
    {
        BodyMassKg = 84,
        HeightCm = 180,
        RunningMonths = 1,
        FirstWeekKilometers = 4.8,
        WeeklyKilometersNow = 13,
        WeeklyKilometersTwoWeeksAgo = 8,
        Hills = HillExposure.Some,
        NewShoes = true,
        ChangedShoeModel = true,
        HoursSittingPerDay = 9,
        FrontOfHipFeelsTight = true,
        StrengthSessionsPerWeek = 0,
        LeansForward = true,
        WatchesGround = true,
        PainSpreadsBelowKnee = true,
    };

    /// <summary>Five weeks of three runs a week, rising, in old trainers then new Asics; pain in the last fortnight.</summary>
    public static TriageLog Log()
    {
        var log = new TriageLog();
        (int Day, double Km, int Morning, double Climb, string Shoe)[] runs =
        [
            (0, 1.6, 0, 8, "Old trainers"), (2, 1.6, 0, 6, "Old trainers"), (4, 2.0, 0, 9, "Old trainers"),
            (7, 2.4, 0, 7, "Old trainers"), (9, 2.4, 1, 12, "Old trainers"), (11, 3.0, 0, 8, "Old trainers"),
            (14, 3.2, 1, 10, "Old trainers"), (16, 3.2, 0, 7, "Old trainers"), (18, 4.0, 3, 18, "Old trainers"),
            (21, 4.0, 4, 17, "Asics"), (23, 4.2, 3, 9, "Asics"), (25, 5.0, 5, 19, "Asics"),
            (28, 4.0, 3, 8, "Asics"), (30, 4.5, 4, 16, "Asics"), (32, 5.2, 5, 18, "Asics"),
        ];
        foreach (var (day, km, morning, climb, shoe) in runs)
        {
            log.Run(day, km, morning, climb: climb, cadence: 158, shoe: shoe);
        }

        var back = new BodySpot(BodyRegion.LowerBack, BodySide.Right);
        return log.Entry(new PainEntry(TriageLog.Start.AddDays(32), back)
        {
            SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)],
            Quality = PainQuality.Ache,
            AfterRun = 4,
            NextMorning = 5,
            RunId = 15,
        });
    }
}
