using System.Text.Json;
using Harrier.Core.Evidence;
using Harrier.Core.Pain;
using Harrier.Core.Triage;

namespace Harrier.Core.Tests.Triage;

public sealed class ContributorRankingTests
{
    private static readonly TriageAnswers NoAnswers = new();

    [Fact]
    public void Rank_HillyRunsFollowedByPain_RanksHillsFirstWithCountsAndWhereTheAnswerCameFrom()
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

        var hills = Assert.Single(result.Ranked).Contributor;
        Assert.Equal("hills", hills.Id);
        Assert.Equal(4, hills.Score);
        Assert.Equal(
            [
                "Some of your running is on hills (from your log: 5 of 14 recorded runs in the last 30 days climbed more than 15 m per km).",
                "4 of 5 painful mornings followed runs with more than 15 m of climb per km; 1 of 9 pain-free mornings did.",
            ],
            hills.Evidence);
        Assert.Equal(EvidenceGrade.Unverified, hills.Grade);
        Assert.DoesNotContain("EVIDENCE", hills.Source, StringComparison.Ordinal);
        Assert.Equal(["Glute bridge", "Reverse hyper"], hills.Actions.Select(a => a.Name));
        Assert.Equal(["shoes", "low-cadence"], result.NeedData.Select(c => c.Id));
        Assert.All(result.NeedData, c => Assert.Contains("at least 5", c.WouldTell, StringComparison.Ordinal));
        Assert.Contains(result.NotIndicated, c => c.Id == "load-spike");
    }

    [Fact]
    public void Rank_PainStartedWithNewShoes_KnowsTheNewPairFromTheLog()
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

        var result = Rank(NoAnswers, log, 24);

        var shoes = result.Ranked[0].Contributor;
        Assert.Equal("shoes", shoes.Id);
        Assert.Equal(5, shoes.Score);
        Assert.Equal(
            [
                "You started running in a new pair in the last 4 weeks (from your log: first run in Asics Gel on 15 Mar).",
                "The new pair is a different model from the last (from your log: before Asics Gel you ran in Old Pegasus).",
                "4 of 4 painful mornings followed runs in Asics Gel; 2 of 8 pain-free mornings did.",
            ],
            shoes.Evidence);
    }

    [Fact]
    public void Rank_TypedAnswerCorrectsTheLog_OneFigurePerFact()
    {
        var log = new TriageLog();
        for (var i = 0; i < 10; i++)
        {
            log.Run(i * 2, 5, morning: 0, shoe: "Asics Gel");
        }

        var result = Rank(new TriageAnswers { NewShoes = true, WeeklyKilometersNow = 30 }, log, 20);

        Assert.Equal(30, result.Answers.WeeklyKilometersNow);
        Assert.True(result.Answers.NewShoes);
        var shoes = Assert.Single(result.Ranked, r => r.Contributor.Id == "shoes").Contributor;
        Assert.Contains("You started running in a new pair in the last 4 weeks (you said).", shoes.Evidence);
        Assert.DoesNotContain(result.Ranked.SelectMany(r => r.Contributor.Evidence), line => line.Contains("in the last 7 days against", StringComparison.Ordinal));
    }

    [Fact]
    public void Rank_PainAfterSpikes_RanksLoadSpikeFirst()
    {
        var log = new TriageLog();
        for (var i = 0; i < 10; i++)
        {
            log.Run(i * 2, 5, morning: 0);
        }

        log.Run(20, 7, morning: 4).Run(22, 5, morning: 1).Run(24, 9, morning: 5).Run(26, 5, morning: 0).Run(28, 10.5, morning: 5);

        var result = Rank(NoAnswers, log, 30);

        var load = result.Ranked[0].Contributor;
        Assert.Equal("load-spike", load.Id);
        Assert.Equal(
            [
                "One recent run went clearly further than any in the month before it (more than 10% past the longest) (from your log: your run on 23 Mar was 40% longer than the longest in the 30 days before it).",
                "3 of 3 painful mornings followed a run more than 10% longer than the longest in the previous 30 days; 0 of 12 pain-free mornings did.",
            ],
            load.Evidence);
        Assert.Equal(5, load.Score);
        Assert.Equal(EvidenceGrade.Verified, load.Grade);
        Assert.Contains("Frandsen", load.Source, StringComparison.Ordinal);
        // The one decision, not a rule's own: morning pain rose from one week to the next.
        Assert.Equal(PainAction.Deload, result.Decision.Action);
        Assert.Same(DecisionBasis.PainMonitoringModel, result.Decision.Basis);
    }

    [Fact]
    public void Rank_EqualScores_ShareAPlace()
    {
        var result = Rank(new TriageAnswers { LeansForward = true, FrontOfHipFeelsTight = true }, new TriageLog(), 0);

        Assert.Equal([(1, true), (1, true)], result.Ranked.Select(r => (r.Place, r.Tied)));
    }

    [Fact]
    public void Rank_TooFewRunsWithClimbData_ScoresTheAnswerAndSaysWhatWouldTell()
    {
        var log = new TriageLog().Run(0, 3, morning: 4, climb: 30).Run(2, 3, morning: 0, climb: 2).Run(4, 3, morning: 5);

        var result = Rank(new TriageAnswers { Hills = HillExposure.Lots }, log, 6);

        var hills = Assert.Single(result.Ranked, r => r.Contributor.Id == "hills").Contributor;
        Assert.True(hills.NotEnoughData);
        Assert.Equal(2, hills.Score);
        Assert.Equal(
            ["A lot of your running is on hills (you said).", "Not enough runs with climb data and a next-morning pain score yet: 2 of at least 5."],
            hills.Evidence);
        Assert.All(result.NeedData.Concat(result.NotIndicated), c => Assert.Equal(0, c.Score));
    }

    [Fact]
    public void Rank_SameInputs_GivesTheSameResult()
    {
        var log = new TriageLog();
        for (var i = 0; i < 12; i++)
        {
            log.Run(i * 2, 4 + i % 3, morning: i % 4, climb: i * 3, cadence: 160 + i, shoe: i < 6 ? "A" : "B");
        }

        var first = JsonSerializer.Serialize(TriageDocument.From(Rank(ThreadRunner.Answers, log, 25)), TriageAnswers.JsonOptions);
        var second = JsonSerializer.Serialize(TriageDocument.From(Rank(ThreadRunner.Answers, log, 25)), TriageAnswers.JsonOptions);

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

        var cadence = Assert.Single(result.Ranked, r => r.Contributor.Id == "low-cadence").Contributor;
        Assert.Equal(
            ["3 of 3 painful mornings followed runs with a cadence more than 5% below your usual 164 steps per minute; 0 of 5 pain-free mornings did."],
            cadence.Evidence);
        Assert.Equal("Step-rate cue (+5–10%)", Assert.Single(cadence.Actions).Name);
    }

    [Fact]
    public void Rank_ThreadRunner_KnowsTheSpreadFromTheJournalAndShowsThePatternApartNeverRanked()
    {
        var result = Rank(ThreadRunner.Answers with { PainSpreadsBelowKnee = null }, ThreadRunner.Log(), ThreadRunner.TodayOffset);

        Assert.DoesNotContain(result.Ranked, r => r.Contributor.Refer || r.Contributor.Id == "radicular-pattern");
        Assert.Equal(1, result.Ranked[0].Place);
        var first = Assert.Single(result.ToCheck);
        Assert.Equal("radicular-pattern", first.Id);
        Assert.True(first.Refer);
        Assert.Equal(
            "The pain spreads into the leg below the knee (from your pain journal: right lower back spreading to the right outer lower leg on 4 Apr).",
            first.Evidence[0]);
        Assert.DoesNotContain(result.Ranked.SelectMany(r => r.Contributor.Evidence), line => line.Contains("OuterLowerLeg", StringComparison.Ordinal));
        Assert.Contains(result.Ranked, r => r.Contributor.Evidence.Contains(
            "But the first painful morning (after 21 Mar) came before your first run in Asics (24 Mar), so the pair did not start the pain."));
    }

    private static TriageResult Rank(TriageAnswers answers, TriageLog log, int todayOffset)
    {
        var today = TriageLog.Start.AddDays(todayOffset);
        return PainTriage.Assess(answers, log.History, null, today.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc), today);
    }
}
