using Harrier.Core.Intake;

namespace Harrier.Core.Tests.Intake;

/// <summary>The PAR-Q+ logic (EVIDENCE §5.1): all no clears; a yes opens the follow-ups; a follow-up yes sends to a professional.</summary>
public sealed class ParQPlusTests
{
    private static readonly ParQForm Form = ParQForm.Shipped;

    [Fact]
    public void Form_HasSevenQuestionsAndTheFiveVerifiedCategoriesPlusOther()
    {
        Assert.Equal(7, Form.Questions.Count);
        Assert.Equal(["arthritis-back", "cancer", "heart", "blood-pressure", "metabolic", "other"], Form.FollowUps.Select(f => f.Id));
        Assert.Contains("PAR-Q+", Form.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllNo_IsCleared() =>
        Assert.Equal(ParQOutcome.Cleared, ParQPlus.Evaluate(AllNo()).Outcome);

    [Fact]
    public void Evaluate_PageOneYesWithoutFollowUps_IsIncompleteAndSaysWhatIsMissing()
    {
        var answers = AllNo();
        answers["bone-joint-problem"] = true;

        var result = ParQPlus.Evaluate(answers);

        Assert.Equal(ParQOutcome.Incomplete, result.Outcome);
        Assert.Equal(Form.FollowUps.Select(f => f.Id), result.Missing);
    }

    [Fact]
    public void Evaluate_PageOneYesAndEveryFollowUpNo_IsReady()
    {
        var answers = AllNo();
        answers["bone-joint-problem"] = true;
        foreach (var f in Form.FollowUps)
        {
            answers[f.Id] = false;
        }

        var result = ParQPlus.Evaluate(answers);

        Assert.Equal(ParQOutcome.ReadyAfterFollowUp, result.Outcome);
        Assert.Contains(Form.Questions.Single(q => q.Id == "bone-joint-problem").Text, result.Reasons);
    }

    [Theory]
    [InlineData("arthritis-back", "arthritis-back-fracture")]
    [InlineData("heart", "heart-rhythm")]
    [InlineData("metabolic", "metabolic-hypoglycaemia")]
    public void Evaluate_FollowUpYes_SeeAProfessional(string category, string question)
    {
        var answers = AllNo();
        answers["heart-condition"] = true;
        foreach (var f in Form.FollowUps)
        {
            answers[f.Id] = f.Id == category;
        }

        foreach (var q in Form.FollowUps.Single(f => f.Id == category).Questions)
        {
            answers[q.Id] = q.Id == question;
        }

        Assert.Equal(ParQOutcome.SeeProfessional, ParQPlus.Evaluate(answers).Outcome);
    }

    [Fact]
    public void Evaluate_CategoryYesButItsQuestionsUnanswered_IsIncomplete()
    {
        var answers = AllNo();
        answers["heart-condition"] = true;
        foreach (var f in Form.FollowUps)
        {
            answers[f.Id] = f.Id == "heart";
        }

        var result = ParQPlus.Evaluate(answers);

        Assert.Equal(ParQOutcome.Incomplete, result.Outcome);
        Assert.Equal(Form.FollowUps.Single(f => f.Id == "heart").Questions.Select(q => q.Id), result.Missing);
    }

    [Theory]
    [InlineData("temporary-illness")]
    [InlineData("pregnant")]
    public void Evaluate_ReasonToWait_Delays(string id)
    {
        var answers = AllNo();
        answers[id] = true;

        Assert.Equal(ParQOutcome.Delay, ParQPlus.Evaluate(answers).Outcome);
    }

    [Fact]
    public void Evaluate_UnknownId_Throws() =>
        Assert.Throws<ArgumentException>(() => ParQPlus.Evaluate(new Dictionary<string, bool> { ["nope"] = true }));

    /// <summary>Every page-1 and delay question answered no.</summary>
    public static Dictionary<string, bool> AllNo() =>
        Form.Questions.Select(q => q.Id).Concat(Form.Delay.Select(d => d.Id)).ToDictionary(id => id, _ => false);
}
