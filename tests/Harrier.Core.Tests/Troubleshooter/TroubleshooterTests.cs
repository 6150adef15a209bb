using System.Text.Json;
using Harrier.Core.Plans;
using Harrier.Core.Troubleshooter;
using Ranker = Harrier.Core.Troubleshooter.Troubleshooter;

namespace Harrier.Core.Tests.Troubleshooter;

public sealed class TroubleshooterTests
{
    private static readonly TriageAnswers NoAnswers = new();

    [Fact]
    public void Rank_HillyRunsFollowedByPain_RanksHillsFirstWithCounts()
    {
        var log = new TriageLog();
        // 5 painful mornings (4 after hilly runs), 9 pain-free mornings (1 after a hilly run).
        (double Climb, int Morning)[] days =
            [(25, 4), (5, 0), (30, 5), (4, 0), (22, 4), (3, 0), (6, 4), (2, 0), (28, 6), (5, 0), (3, 0), (20, 0), (4, 1), (5, 0)];
        for (var i = 0; i < days.Length; i++)
        {
            log.Run(i * 2, 5, days[i].Morning, climb: days[i].Climb);
        }

        var result = Rank(NoAnswers, log, 28);

        Assert.Equal(["hills", "shoes", "low-cadence"], result.Contributors.Select(c => c.Id));
        var hills = result.Contributors[0];
        Assert.Equal(3, hills.Score);
        Assert.Equal(
            ["4 of 5 painful mornings followed runs with more than 15 m of climb per km; 1 of 9 pain-free mornings did."],
            hills.Evidence);
        Assert.Equal(EvidenceGrade.Unverified, hills.Grade);
        Assert.Contains("EVIDENCE.md §6", hills.Source, StringComparison.Ordinal);
        Assert.Equal(["glute-bridge", "reverse-hyper"], hills.Actions.Select(a => a.Exercise));
    }

    [Fact]
    public void Rank_PainStartedWithNewShoes_RanksShoesFirstWithCounts()
    {
        var log = new TriageLog();
        for (var i = 0; i < 6; i++)
        {
            log.Run(i * 2, 5, morning: 0, shoe: "Old Pegasus");
        }

        int[] mornings = [4, 0, 5, 3, 0, 4];
        for (var i = 0; i < 6; i++)
        {
            log.Run(12 + i * 2, 5, mornings[i], shoe: "Asics Gel");
        }

        var answers = new TriageAnswers { NewShoes = true, ChangedShoeModel = true };
        var result = Rank(answers, log, 24);

        var shoes = result.Contributors[0];
        Assert.Equal("shoes", shoes.Id);
        Assert.Equal(5, shoes.Score);
        Assert.Equal(
            [
                "You said you started running in a new pair in the last 4 weeks.",
                "You said the new pair is a different model from the last.",
                "4 of 4 painful mornings followed runs in Asics Gel; 2 of 8 pain-free mornings did.",
                "You started running in Asics Gel on 2025-03-15, 12 days ago.",
                "Your current pair, Asics Gel, has about 30 km on it.",
            ],
            shoes.Evidence);
        Assert.Equal(PlanAction.Hold, shoes.PlanAction);
    }

    [Fact]
    public void Rank_PainAfterSpikes_RanksLoadSpikeFirstAndReduces()
    {
        var log = new TriageLog();
        for (var i = 0; i < 10; i++)
        {
            log.Run(i * 2, 5, morning: 0);
        }

        log.Run(20, 7, morning: 4).Run(22, 5, morning: 1).Run(24, 9, morning: 5).Run(26, 5, morning: 0).Run(28, 10.5, morning: 5);

        var result = Rank(NoAnswers, log, 30);

        var load = result.Contributors[0];
        Assert.Equal("load-spike", load.Id);
        Assert.Equal(
            [
                "3 of 3 painful mornings followed a run more than 10% longer than the longest in the previous 30 days; 0 of 12 pain-free mornings did.",
                "3 of your runs in the last 30 days went more than 10% past the longest run of the 30 days before it (largest: 40% longer, on 2025-03-23).",
                "You ran 24.5 km in the last 7 days against 17.0 km in the 7 days before (+44%).",
            ],
            load.Evidence);
        Assert.Equal(6, load.Score);
        // Morning pain rose from one week to the next, so the pain-monitoring model's deload is more cautious than the rule's reduce.
        Assert.Equal(PlanAction.Deload, result.PlanAction);
        Assert.Contains("Silbernagel 2007", result.PlanReason, StringComparison.Ordinal);
        Assert.Equal(EvidenceGrade.Verified, load.Grade);
        Assert.Contains("Frandsen", load.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_TooFewRunsWithClimbData_SaysSoInsteadOfGuessing()
    {
        var log = new TriageLog().Run(0, 3, morning: 4, climb: 30).Run(2, 3, morning: 0, climb: 2).Run(4, 3, morning: 5);

        var result = Rank(new TriageAnswers { Hills = HillExposure.Lots }, log, 6);

        var hills = Assert.Single(result.Contributors, c => c.Id == "hills");
        Assert.True(hills.NotEnoughData);
        Assert.Equal(2, hills.Score);
        Assert.Equal(
            ["You said you run a lot of hills.", "Not enough runs with climb data and a next-morning pain score yet: 2 of at least 5."],
            hills.Evidence);
        Assert.All(result.Contributors.Where(c => c.Score == 0), c => Assert.True(c.NotEnoughData));
    }

    [Fact]
    public void Rank_SameInputs_GivesTheSameResult()
    {
        var log = new TriageLog();
        for (var i = 0; i < 12; i++)
        {
            log.Run(i * 2, 4 + i % 3, morning: i % 4, climb: i * 3, cadence: 160 + i, shoe: i < 6 ? "A" : "B");
        }

        var first = JsonSerializer.Serialize(Rank(ThreadRunner.Answers, log, 25), TriageAnswers.JsonOptions);
        var second = JsonSerializer.Serialize(Rank(ThreadRunner.Answers, log, 25), TriageAnswers.JsonOptions);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Rank_LowCadenceAgainstOwnBaseline_ComparesWithTheRunnersUsualCadence()
    {
        var log = new TriageLog();
        (double Cadence, int Morning)[] days = [(166, 0), (164, 0), (150, 4), (165, 1), (151, 5), (167, 0), (163, 0), (149, 3)];
        for (var i = 0; i < days.Length; i++)
        {
            log.Run(i * 2, 5, days[i].Morning, cadence: days[i].Cadence);
        }

        var result = Rank(NoAnswers, log, 17);

        var cadence = Assert.Single(result.Contributors, c => c.Id == "low-cadence");
        Assert.Equal(
            ["3 of 3 painful mornings followed runs with a cadence more than 5% below your usual 164 steps/min; 0 of 5 pain-free mornings did."],
            cadence.Evidence);
        Assert.Equal("step-rate", Assert.Single(cadence.Actions).Exercise);
    }

    [Fact]
    public void Rank_ThreadRunner_RefersFirstThenLoadAboveLowEvidenceCues()
    {
        var result = Rank(ThreadRunner.Answers, ThreadRunner.Log(), ThreadRunner.TodayOffset);
        var ids = result.Contributors.Select(c => c.Id).ToList();

        Assert.Equal(
            ["radicular-pattern", "hills", "load-spike", "shoes", "strength-deficit", "hip-extension-sitting", "posture-cues",
                "body-mass-early-volume"],
            ids);
        Assert.True(result.Contributors[0].Refer);
        Assert.Equal(
            "Pain entries in the last 90 days with leg pain below the knee that spreads from the back or feels shooting, burning, "
                + "tingling or numb: 1 (latest on 2025-04-04: Right OuterLowerLeg).",
            result.Contributors[0].Evidence[1]);
        Assert.Contains(
            "But the first painful morning (after 2025-03-21) came before your first run in Asics (2025-03-24), so the pair did not start the pain.",
            result.Contributors[3].Evidence);
        Assert.Equal(PlanAction.Reduce, result.PlanAction);
    }

    private static TriageResult Rank(TriageAnswers answers, TriageLog log, int todayOffset) =>
        Ranker.Rank(answers, log.Runs, log.Entries, log.CheckIns, TriageLog.Start.AddDays(todayOffset));
}
