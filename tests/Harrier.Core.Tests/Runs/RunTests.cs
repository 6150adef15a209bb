using Harrier.Core.Runs;

namespace Harrier.Core.Tests.Runs;

public sealed class RunTests
{
    [Fact]
    public void StartUtc_LocalKind_Throws()
    {
        var run = new Run { OwnerId = "a" };
        Assert.Throws<ArgumentException>(() => run.StartUtc = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Local));
    }

    [Fact]
    public void TimeZoneId_Unknown_Throws()
    {
        var run = new Run { OwnerId = "a" };
        Assert.Throws<ArgumentException>(() => run.TimeZoneId = "Mars/Olympus");
    }

    [Fact]
    public void LocalStart_SummerTimeInLondon_IsOneHourAheadOfUtc()
    {
        var run = new Run { OwnerId = "a", TimeZoneId = "Europe/London", StartUtc = new DateTime(2026, 7, 1, 5, 0, 0, DateTimeKind.Utc) };
        Assert.Equal(new DateTime(2026, 7, 1, 6, 0, 0), run.LocalStart);
    }

    [Fact]
    public void Duration_Zero_Throws()
    {
        var run = new Run { OwnerId = "a" };
        Assert.Throws<ArgumentOutOfRangeException>(() => run.Duration = TimeSpan.Zero);
    }

    [Fact]
    public void Notes_Whitespace_BecomesNull()
    {
        var run = new Run { OwnerId = "a", Notes = "   " };
        Assert.Null(run.Notes);
    }

    [Fact]
    public void Enter_NewThenEdited_StampsCreationOnceAndKeepsTheSource()
    {
        var first = new DateTime(2026, 11, 24, 7, 0, 0, DateTimeKind.Utc);
        var entry = new RunEntry(first.AddHours(-1), "Europe/London", Harrier.Core.Units.Distance.FromKilometers(5), TimeSpan.FromMinutes(30),
            new Effort(4), Surface.Grass, null, "easy");
        var run = new Run { OwnerId = "a" };

        run.Enter(entry, first);
        run.Id = 7;
        run.Source = RunSource.Imported;
        run.Enter(entry with { Notes = "edited" }, first.AddDays(1));

        Assert.Equal(first, run.CreatedUtc);
        Assert.Equal(first.AddDays(1), run.UpdatedUtc);
        Assert.Equal(RunSource.Imported, run.Source);
        Assert.Equal("edited", run.Notes);
        Assert.Equal(120, run.EffortLoad);
    }
}
