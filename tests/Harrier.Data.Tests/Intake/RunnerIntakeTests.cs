using Harrier.Core.Intake;
using Harrier.Core.Screening;
using Harrier.Data.Intake;
using Harrier.Data.Screening;
using Harrier.Data.Tests.Pain;

namespace Harrier.Data.Tests.Intake;

/// <summary>The intake read back: it knows when the warning-signs check was taken since, and refuses impossible answers.</summary>
public sealed class RunnerIntakeTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Latest_CheckTakenAfterTheIntake_NoLongerSaysTakeItNext(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var intake = new RunnerIntake(paths.Db, paths.Clock);
        var day = paths.At(PainPaths.Monday);
        var history = new ActivityHistory { CurrentBackOrLegPain = true, Symptoms = [AcsmSymptom.ChestDiscomfort] };
        var (saved, _) = await intake.SaveAsync(paths.Runner.Id, paths.Runner.Id, ParQForm.Shipped.Questions
            .Concat(ParQForm.Shipped.Delay.Select(d => new ParQQuestion(d.Id, d.Text))).ToDictionary(q => q.Id, _ => false),
            history, day, CancellationToken.None);
        Assert.True(saved.ScreenNow);
        Assert.True((await intake.LatestAsync(paths.Runner.Id, CancellationToken.None))!.Outcome.ScreenNow);

        paths.Clock.Advance(TimeSpan.FromMinutes(10));
        var allNo = new RedFlagAnswers(RedFlagRules.Questions.Where(q => q.AskIf is null).Select(q => KeyValuePair.Create(q.Id, RedFlagAnswer.No)));
        await new RedFlagCheck(paths.Db, paths.Clock).RunAsync(paths.Runner.Id, allNo, 40, null, day, CancellationToken.None);

        var latest = (await intake.LatestAsync(paths.Runner.Id, CancellationToken.None))!;
        Assert.False(latest.Outcome.ScreenNow);
        Assert.DoesNotContain(latest.Outcome.NextSteps, s => s.Contains("check now", StringComparison.Ordinal));
        Assert.Contains(latest.Outcome.NextSteps, s => s.Contains("you took the warning-signs check on 4 Jan 2027", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Save_ImpossibleAnswer_IsRefusedAndNothingIsKept(DatabaseProvider provider)
    {
        await using var paths = await PainPaths.CreateAsync(provider);
        var intake = new RunnerIntake(paths.Db, paths.Clock);
        var parQ = ParQForm.Shipped.Questions.Concat(ParQForm.Shipped.Delay.Select(d => new ParQQuestion(d.Id, d.Text))).ToDictionary(q => q.Id, _ => false);

        await Assert.ThrowsAsync<ArgumentException>(() => intake.SaveAsync(paths.Runner.Id, paths.Runner.Id, parQ,
            new ActivityHistory { Age = 5, HoursSittingPerDay = 30 }, PainPaths.Monday, CancellationToken.None));

        Assert.Empty(await intake.HistoryAsync(paths.Runner.Id, CancellationToken.None));
    }
}
