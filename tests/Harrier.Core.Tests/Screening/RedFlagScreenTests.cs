using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class RedFlagScreenTests
{
    /// <summary>Rule; questions answered yes (all others no); age (null = unknown); pain entry (see <see cref="PainCases"/>).</summary>
    private static readonly (string Rule, string Yes, int? Age, string Entry)[] Triggers =
    [
        ("saddle-numbness", "saddle-numbness", 40, "none"),
        ("bladder-change", "bladder-change", 40, "none"),
        ("bowel-change", "bowel-change", 40, "none"),
        ("progressive-weakness", "progressive-weakness", 40, "none"),
        ("walking-unsteady", "walking-unsteady", 40, "none"),
        ("both-legs", "both-legs", 40, "none"),
        ("both-legs", "", 40, "both-legs-tingling"),
        ("both-legs", "", null, "both-thighs-from-back"),
        ("chest-pain", "chest-pain", 40, "none"),
        ("fainting", "fainting", 40, "none"),
        ("breathless", "breathless", 40, "none"),
        ("fever", "fever", 40, "none"),
        ("major-trauma", "major-trauma", 40, "none"),
        ("minor-trauma-bone-risk", "minor-trauma-bone-risk", 40, "none"),
        ("foot-weakness", "foot-weakness", 40, "none"),
        ("nerve-root-numbness", "", 40, "thread-numb"),
        ("leg-pain-worsening", "leg-pain-worsening", 40, "none"),
        ("cancer-history", "cancer-history", 40, "none"),
        ("weight-loss", "weight-loss", 40, "none"),
        ("night-pain", "night-pain", 40, "none"),
        ("not-improving", "not-improving", 40, "none"),
        ("persistent-pain-over-60", "not-improving", 60, "none"),
        ("new-pain-over-50", "new-back-pain", 51, "none"),
        ("new-pain-under-20", "new-back-pain", 19, "none"),
        ("spine-shape", "spine-shape", 40, "none"),
        ("severe-central-pain-lying", "severe-central-pain-lying", 40, "none"),
        ("infection-risk", "infection-risk", 40, "none"),
        ("nerve-root-pattern", "", 34, "thread"),
        ("nerve-root-pattern", "", null, "outer-leg-twinge"),
        ("nerve-root-pattern", "", 34, "thread-ache"),
    ];

    public static TheoryData<string, string, int?, string> TriggerRows => Rows(Triggers);

    public static TheoryData<string, string, int?, string> NearMissRows => Rows(
    [
        ("saddle-numbness", "", 40, "thread-numb"), // numbness in the leg is not saddle numbness
        ("progressive-weakness", "foot-weakness", 40, "none"), // weakness that is not getting worse
        ("progressive-weakness", "leg-pain-worsening", 40, "none"), // worse pain is not worse weakness
        ("both-legs", "", 40, "thread"), // one side only
        ("both-legs", "", 40, "both-shins-ache"), // aching shins, no nerve-type features
        ("both-legs", "", 40, "both-knees-sharp"),
        ("both-legs", "foot-weakness", 40, "none"),
        ("fever", "infection-risk", 40, "none"),
        ("major-trauma", "minor-trauma-bone-risk", 40, "none"),
        ("minor-trauma-bone-risk", "major-trauma", 40, "none"),
        ("nerve-root-pattern", "", 40, "calf-ache"), // a plain calf ache
        ("nerve-root-pattern", "", 40, "calf-sharp"),
        ("nerve-root-pattern", "", 40, "calf-burning"),
        ("nerve-root-pattern", "", 40, "back-to-thigh-shooting"), // stops above the knee
        ("nerve-root-pattern", "", 40, "thread-numb"), // numbness gives the more urgent rule instead
        ("nerve-root-numbness", "", 40, "thread"),
        ("nerve-root-numbness", "", 40, "none"),
        ("new-pain-over-50", "new-back-pain", 50, "none"), // "> 50"
        ("new-pain-over-50", "new-back-pain", null, "none"),
        ("new-pain-over-50", "", 70, "back-ache"), // age alone
        ("new-pain-under-20", "new-back-pain", 20, "none"), // "< 20"
        ("persistent-pain-over-60", "not-improving", 59, "none"),
        ("persistent-pain-over-60", "", 75, "back-ache"),
        ("breathless", "", 40, "none"),
        ("chest-pain", "", 40, "none"),
    ]);

    [Theory]
    [MemberData(nameof(TriggerRows))]
    public void Evaluate_Trigger_FiresRule(string rule, string yes, int? age, string entry)
    {
        var result = RedFlagScreen.Evaluate(Answers(yes), PainCases.Get(entry), age);

        Assert.Contains(result.Triggered, r => r.Id == rule);
        Assert.Equal(result.Triggered.Max(r => r.Urgency), result.Overall);
    }

    [Theory]
    [MemberData(nameof(NearMissRows))]
    public void Evaluate_NearMiss_DoesNotFireRule(string rule, string yes, int? age, string entry)
    {
        var result = RedFlagScreen.Evaluate(Answers(yes), PainCases.Get(entry), age);

        Assert.DoesNotContain(result.Triggered, r => r.Id == rule);
    }

    [Fact]
    public void Triggers_CoverEveryRule()
    {
        Assert.Empty(RedFlagRules.All.Select(r => r.Id).Except(Triggers.Select(t => t.Rule)));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(70)]
    [InlineData(17)]
    public void Evaluate_OneYes_FiresOnlyRulesAskingThatQuestion(int age)
    {
        foreach (var question in RedFlagRules.Questions)
        {
            var result = RedFlagScreen.Evaluate(Answers(question.Id), null, age);

            Assert.All(result.Triggered, r => Assert.Equal(question.Id, r.QuestionId));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(18)]
    [InlineData(55)]
    [InlineData(80)]
    public void Evaluate_AllNo_NothingFires(int? age)
    {
        var result = RedFlagScreen.Evaluate(Answers(""), PainCases.Get("back-ache"), age);

        Assert.Empty(result.Triggered);
        Assert.Equal(Urgency.Self, result.Overall);
        Assert.False(result.SuspendPlan);
        Assert.Empty(result.Unanswered);
        Assert.Equal(age is not null, result.IsComplete);
    }

    [Fact]
    public void Evaluate_ThreadCase_NerveRootAdviceWithoutSuspending()
    {
        var result = RedFlagScreen.Evaluate(Answers(""), PainCases.Get("thread"), 34);

        var rule = Assert.Single(result.Triggered);
        Assert.Equal("nerve-root-pattern", rule.Id);
        Assert.Equal(Urgency.Self, result.Overall);
        Assert.False(result.SuspendPlan);
        Assert.Contains("may", rule.Action, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeveralFlags_MostUrgentFirst()
    {
        var result = RedFlagScreen.Evaluate(Answers("cancer-history fever saddle-numbness"), PainCases.Get("thread"), 40);

        Assert.Equal(["saddle-numbness", "fever", "cancer-history", "nerve-root-pattern"], result.Triggered.Select(r => r.Id));
        Assert.Equal(Urgency.Emergency, result.Overall);
        Assert.True(result.SuspendPlan);
    }

    [Theory]
    [InlineData("saddle-numbness", Urgency.Emergency, true)]
    [InlineData("chest-pain", Urgency.Today, true)]
    [InlineData("fever", Urgency.Today, true)]
    [InlineData("cancer-history", Urgency.Soon, false)]
    [InlineData("foot-weakness", Urgency.Soon, false)]
    public void Evaluate_Urgency_SuspendsOnlyEmergencyOrToday(string yes, Urgency urgency, bool suspend)
    {
        var result = RedFlagScreen.Evaluate(RedFlagAnswers.Yes(yes), null, 40);

        Assert.Equal(urgency, result.Overall);
        Assert.Equal(suspend, result.SuspendPlan);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Evaluate_PartlyAnswered_ListsUnansweredInAskingOrder()
    {
        var result = RedFlagScreen.Evaluate(RedFlagAnswers.No("saddle-numbness", "fever"));

        Assert.Equal(RedFlagRules.Questions.Select(q => q.Id).Where(id => id is not "saddle-numbness" and not "fever"), result.Unanswered);
        Assert.True(result.AgeMissing);
    }

    [Fact]
    public void Evaluate_UnknownQuestion_Throws() =>
        Assert.Throws<ArgumentException>(() => RedFlagScreen.Evaluate(RedFlagAnswers.Yes("sadle-numbness")));

    [Fact]
    public void Evaluate_NegativeAge_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RedFlagScreen.Evaluate(RedFlagAnswers.None, null, -1));

    [Fact]
    public void Answers_SameQuestionTwice_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            new RedFlagAnswers([KeyValuePair.Create("fever", true), KeyValuePair.Create("fever", false)]));

    [Theory]
    [InlineData(BodyRegion.LowerBack, true)]
    [InlineData(BodyRegion.OuterLowerLeg, true)]
    [InlineData(BodyRegion.Groin, false)]
    public void ShouldAsk_Region_AsksForBackAndLeg(BodyRegion region, bool ask) =>
        Assert.Equal(ask, RedFlagScreen.ShouldAsk(new PainEntry(new DateOnly(2027, 3, 8), new BodySpot(region, BodySide.Left))));

    /// <summary>Yes to the listed ids, no to every other question.</summary>
    private static RedFlagAnswers Answers(string yes)
    {
        var ids = yes.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(RedFlagRules.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal), ids);
        return new(RedFlagRules.Questions.Select(q => KeyValuePair.Create(q.Id, ids.Contains(q.Id))));
    }

    private static TheoryData<string, string, int?, string> Rows(IEnumerable<(string, string, int?, string)> rows)
    {
        var data = new TheoryData<string, string, int?, string>();
        foreach (var (rule, yes, age, entry) in rows)
        {
            data.Add(rule, yes, age, entry);
        }

        return data;
    }
}
