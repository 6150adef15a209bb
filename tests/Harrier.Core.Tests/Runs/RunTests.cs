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
}
