using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

/// <summary>A check with mistakes in it: an answer that needs a clinician today or now is never held back by the rest.</summary>
public sealed class RedFlagSubmissionTests
{
    [Theory]
    [InlineData("chest-pain", "now", null, Urgency.Emergency)]
    [InlineData("chest-pain", "now", "200", Urgency.Emergency)]
    [InlineData("chest-pain", "12-to-72-hours-ago", "200", Urgency.Today)]
    [InlineData("saddle-numbness", "yes", "abc", Urgency.Emergency)]
    [InlineData("fever", "yes", "", Urgency.Today)]
    public void Read_UrgentAnswerWithTheRestMissingOrWrong_StandsWithTheUrgentResult(string id, string answer, string? age, Urgency urgency)
    {
        var submission = RedFlagSubmission.Read([KeyValuePair.Create(id, (string?)answer), KeyValuePair.Create("fever-typo", (string?)"yes")], age, requireEvery: true);

        var result = submission.Screen([]);

        Assert.NotEmpty(submission.Errors);
        Assert.Contains(RedFlagSubmission.AnswersField, submission.Errors.Keys);
        Assert.Equal(urgency, result.Overall);
        Assert.True(submission.Stands(result));
    }

    [Theory]
    [InlineData("night-pain", "yes", "58")]
    [InlineData("fever", "no", "200")]
    [InlineData("fever", "maybe", "40")]
    public void Read_NothingUrgentAndSomethingToFix_DoesNotStand(string id, string answer, string age)
    {
        var submission = RedFlagSubmission.Read([KeyValuePair.Create(id, (string?)answer)], age, requireEvery: true);

        Assert.False(submission.Stands(submission.Screen([])));
    }

    [Theory]
    [InlineData("200")]
    [InlineData("-5")]
    [InlineData("9")]
    [InlineData("forty")]
    [InlineData("40.5")]
    public void Read_ImpossibleAge_IsAPlainErrorAndTheAgeIsNotUsed(string age)
    {
        var submission = RedFlagSubmission.Read([KeyValuePair.Create("fever", (string?)"no")], age, requireEvery: false);

        Assert.Null(submission.Age);
        Assert.Equal("Age must be a whole number from 10 to 110 years.", submission.Errors[RedFlagSubmission.AgeField]);
    }

    [Fact]
    public void Read_EveryQuestionAnsweredWithAnAge_HasNothingToFix()
    {
        var raw = RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, (string?)"no"));

        var submission = RedFlagSubmission.Read(raw, "34", requireEvery: true);

        Assert.Empty(submission.Errors);
        Assert.Equal(34, submission.Age);
        Assert.True(submission.Stands(submission.Screen([])));
    }

    [Fact]
    public void Read_NothingAnswered_AsksForAtLeastOneAnswerWhenNotEveryIsRequired() =>
        Assert.Equal("Answer at least one warning-sign question.", RedFlagSubmission.Read([], "30", requireEvery: false).Errors["answers"]);
}
