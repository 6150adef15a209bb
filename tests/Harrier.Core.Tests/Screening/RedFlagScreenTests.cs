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
        ("chest-pain-recent", "chest-pain=now", 40, "none"),
        ("chest-pain-recent", "chest-pain=in-the-last-12-hours", 40, "none"),
        ("chest-pain-days", "chest-pain=12-to-72-hours-ago", 40, "none"),
        ("chest-pain-earlier", "chest-pain=more-than-72-hours-ago", 40, "none"),
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
        ("progressive-pain", "cancer-history progressive-pain", 40, "none"),
        ("severe-constant-pain", "cancer-history severe-constant-pain", 40, "none"),
        ("straining-pain", "cancer-history straining-pain", 40, "none"),
        ("upper-back-pain", "cancer-history upper-back-pain", 40, "none"),
        ("cancer-with-spinal-symptom", "cancer-history night-pain", 40, "none"),
        ("cancer-with-spinal-symptom", "cancer-history progressive-pain", 40, "none"),
        ("cancer-with-spinal-symptom", "cancer-history straining-pain", 40, "none"),
        ("cancer-with-neurological-symptom", "cancer-history foot-weakness", 40, "none"),
        ("cancer-with-neurological-symptom", "cancer-history bladder-change", 40, "none"),
        ("cancer-with-neurological-symptom", "cancer-history", 40, "thread"),
        ("cancer-with-neurological-symptom", "cancer-history", 40, "thread-numb"),
        ("cancer-flags-together", "cancer-history weight-loss", 40, "none"),
        ("cancer-flags-together", "night-pain not-improving", 40, "none"),
        ("cancer-flags-together", "new-back-pain night-pain", 55, "none"),
        ("cancer-flags-together", "weight-loss not-improving", 62, "none"),
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
        ("chest-pain-recent", "", 40, "none"),
        ("chest-pain-recent", "chest-pain=12-to-72-hours-ago", 40, "none"), // timing decides: a day ago is not "now"
        ("chest-pain-days", "chest-pain=in-the-last-12-hours", 40, "none"),
        ("chest-pain-days", "chest-pain=more-than-72-hours-ago", 40, "none"),
        ("chest-pain-earlier", "chest-pain=12-to-72-hours-ago", 40, "none"),
        ("cancer-with-spinal-symptom", "cancer-history", 40, "none"), // cancer on its own
        ("cancer-with-spinal-symptom", "night-pain progressive-pain", 40, "none"), // the symptoms without cancer
        ("cancer-with-spinal-symptom", "cancer-history fever", 40, "none"),
        ("cancer-with-neurological-symptom", "cancer-history night-pain", 40, "none"),
        ("cancer-with-neurological-symptom", "foot-weakness bladder-change", 40, "none"), // no cancer
        ("cancer-with-neurological-symptom", "cancer-history", 40, "calf-ache"),
        ("cancer-flags-together", "night-pain", 40, "none"), // one flag
        ("cancer-flags-together", "not-improving", 65, "none"), // one answer firing two rules is still one flag
        ("cancer-flags-together", "new-back-pain night-pain", 45, "none"), // new pain counts only over 50
        ("cancer-flags-together", "fever spine-shape", 40, "none"), // other groups
        ("upper-back-pain", "upper-back-pain", 40, "none"), // a follow-up counts only after a yes to cancer
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

    [Fact]
    public void Evaluate_ThreeCancerFlagsAt58_SeeAClinicianTodayNamingTheFlags()
    {
        // EVIDENCE §4.7: a 58-year-old with a history of cancer whose back pain keeps her awake and has not improved in five weeks.
        var result = RedFlagScreen.Evaluate(Answers("cancer-history night-pain not-improving"), null, 58);

        Assert.Equal(Urgency.Today, result.Overall);
        Assert.True(result.SuspendPlan);
        Assert.Equal(["cancer-with-spinal-symptom", "cancer-flags-together"], result.Findings.Take(2).Select(f => f.Rule.Id));
        Assert.Contains("After cancer, night pain that stops sleep may need urgent checks", result.Findings[0].Action, StringComparison.Ordinal);
        Assert.DoesNotContain("cancer, a history of cancer", result.Findings[0].Action, StringComparison.Ordinal);
        Assert.Equal(["a history of cancer", "night pain that stops sleep"], result.Findings[0].Because.Select(r => r.Label));
        Assert.Contains("within 24 hours", result.Findings[0].Action, StringComparison.Ordinal);
        Assert.Contains("a history of cancer, night pain that stops sleep and more than a month without getting better",
            result.Findings[1].TellClinician, StringComparison.Ordinal);
        Assert.Equal("See a clinician today", result.Headline.Heading);
    }

    [Theory]
    [InlineData("cancer-history foot-weakness", "After cancer, a weak or slapping foot with back pain")]
    [InlineData("cancer-history progressive-pain straining-pain", "After cancer, back pain getting steadily worse and ")]
    public void Evaluate_CombinationWithACancerHistory_NamesTheHistoryOnce(string yes, string expected)
    {
        var finding = RedFlagScreen.Evaluate(Answers(yes), null, 40).Findings[0];

        Assert.True(finding.Rule.IsCombination);
        Assert.StartsWith(finding.Rule.Urgency == Urgency.Emergency ? "Get emergency care now" : "Contact a doctor", finding.Action, StringComparison.Ordinal);
        Assert.Contains(expected, finding.Action, StringComparison.Ordinal);
        Assert.DoesNotContain("a history of cancer", finding.Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("saddle-numbness")]
    [InlineData("chest-pain=now")]
    [InlineData("fever")]
    [InlineData("cancer-history night-pain")]
    public void Headline_UrgentFlag_NeverClaimsAPlanIsPaused(string yes)
    {
        var headline = RedFlagScreen.Evaluate(Answers(yes), null, 40).Headline;

        Assert.DoesNotContain("paused", headline.Lead, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Do not run until you have been seen", headline.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("now", Urgency.Emergency)]
    [InlineData("in-the-last-12-hours", Urgency.Emergency)]
    [InlineData("12-to-72-hours-ago", Urgency.Today)]
    [InlineData("more-than-72-hours-ago", Urgency.Today)]
    public void Evaluate_ChestPain_TimingDecidesTheUrgency(string when, Urgency urgency)
    {
        var result = RedFlagScreen.Evaluate(Answers("chest-pain=" + when), null, 40);

        Assert.Equal(urgency, result.Overall);
        Assert.Single(result.Findings);
        Assert.Contains(urgency == Urgency.Emergency ? "call an ambulance" : "today", result.Findings[0].Action, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("NICE CG95", result.Findings[0].Rule.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ChestPainYesWithoutWhen_IsRefusedWithTheChoices()
    {
        var (answers, errors) = RedFlagAnswerParser.Parse([KeyValuePair.Create("chest-pain", (string?)"yes")], RedFlagRules.Questions);

        Assert.Null(answers);
        Assert.Contains("in-the-last-12-hours", errors["chest-pain"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fever", "now")]
    [InlineData("sadle-numbness", "yes")]
    [InlineData("fever", "maybe")]
    public void Parse_UnknownIdOrValue_IsAFieldError(string id, string value)
    {
        var (answers, errors) = RedFlagAnswerParser.Parse([KeyValuePair.Create(id, (string?)value)], RedFlagRules.Questions);

        Assert.Null(answers);
        Assert.True(errors.ContainsKey(id));
    }

    [Fact]
    public void Evaluate_NothingAnswered_IsNotScreenedNeverAnAllClear()
    {
        var result = RedFlagScreen.Evaluate(RedFlagAnswers.None);

        Assert.Equal(ScreenStatus.NotScreened, result.Status);
        Assert.Equal("Not screened", result.Headline.Heading);
        Assert.DoesNotContain("No warning signs", result.Headline.Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThreadCaseAllNo_OneHonestHeadlineWithTheThingToWatch()
    {
        var result = RedFlagScreen.Evaluate(Answers(""), PainCases.Get("thread-ache"), 19 + 3);

        Assert.Equal("No emergency signs; one thing to watch: pain below the knee that may come from a nerve root", result.Headline.Heading);
        Assert.Equal(ScreenStatus.Complete, result.Status);
    }

    [Fact]
    public void Evaluate_FollowUps_AskedOnlyAfterACancerYes()
    {
        var withoutCancer = RedFlagScreen.Evaluate(Answers(""), null, 40);
        var withCancer = RedFlagScreen.Evaluate(RedFlagAnswers.Yes("cancer-history"), null, 40);

        Assert.Equal(ScreenStatus.Complete, withoutCancer.Status);
        Assert.Contains("progressive-pain", withCancer.Unanswered);
        Assert.Equal(ScreenStatus.Partial, withCancer.Status);
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

        // A history of cancer with a nerve-root pattern is an emergency of its own (EVIDENCE §4.7, NICE CG75).
        Assert.Equal(["cancer-with-neurological-symptom", "saddle-numbness", "fever", "cancer-history", "nerve-root-pattern"],
            result.Triggered.Select(r => r.Id));
        Assert.Equal(Urgency.Emergency, result.Overall);
        Assert.True(result.SuspendPlan);
    }

    [Theory]
    [InlineData("saddle-numbness", Urgency.Emergency, true)]
    [InlineData("chest-pain=12-to-72-hours-ago", Urgency.Today, true)]
    [InlineData("chest-pain=now", Urgency.Emergency, true)]
    [InlineData("fever", Urgency.Today, true)]
    [InlineData("cancer-history", Urgency.Soon, false)]
    [InlineData("foot-weakness", Urgency.Soon, false)]
    public void Evaluate_Urgency_SuspendsOnlyEmergencyOrToday(string yes, Urgency urgency, bool suspend)
    {
        var result = RedFlagScreen.Evaluate(Answers(yes, othersNo: false), null, 40);

        Assert.Equal(urgency, result.Overall);
        Assert.Equal(suspend, result.SuspendPlan);
        Assert.False(result.IsComplete);
    }

    [Fact]
    public void Evaluate_PartlyAnswered_ListsUnansweredInAskingOrder()
    {
        var result = RedFlagScreen.Evaluate(RedFlagAnswers.No("saddle-numbness", "fever"));

        Assert.Equal(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => q.Id).Where(id => id is not "saddle-numbness" and not "fever"),
            result.Unanswered);
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

    /// <summary>Yes to the listed ids ("id" or "id=when" for a timing question; a timing question given bare means "now"), no to
    /// every other question unless <paramref name="othersNo"/> is false.</summary>
    private static RedFlagAnswers Answers(string yes, bool othersNo = true)
    {
        var given = yes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Split('='))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : null, StringComparer.Ordinal);
        Assert.Subset(RedFlagRules.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal), given.Keys.ToHashSet(StringComparer.Ordinal));
        var raw = RedFlagRules.Questions.Where(q => othersNo || given.ContainsKey(q.Id)).Select(q => KeyValuePair.Create(q.Id, (string?)(
            !given.TryGetValue(q.Id, out var when) ? "no"
            : q.Kind == RedFlagQuestionKind.Timing ? when ?? "now"
            : "yes")));
        var (answers, errors) = RedFlagAnswerParser.Parse(raw, RedFlagRules.Questions);
        Assert.Empty(errors);
        return answers!;
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
