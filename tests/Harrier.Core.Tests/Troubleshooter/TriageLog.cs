using Harrier.Core.Pain;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Troubleshooter;

/// <summary>Builds runs, check-ins and pain entries for troubleshooter scenarios.</summary>
internal sealed class TriageLog
{
    public static readonly DateOnly Start = new(2025, 3, 3);

    private readonly Dictionary<string, Shoe> _shoes = [];

    public List<Run> Runs { get; } = [];

    public List<MorningCheckIn> CheckIns { get; } = [];

    public List<PainEntry> Entries { get; } = [];

    /// <summary>Adds a run on <see cref="Start"/> + <paramref name="day"/> and, when given, the next morning's check-in.</summary>
    public TriageLog Run(int day, double km, int? morning = null, double? climb = null, double? cadence = null, string? shoe = null,
        Surface surface = Surface.Road)
    {
        var date = Start.AddDays(day);
        var id = Runs.Count + 1;
        Runs.Add(new Run
        {
            Id = id,
            OwnerId = "runner",
            StartUtc = date.ToDateTime(new TimeOnly(6, 30), DateTimeKind.Utc),
            Distance = Distance.FromKilometers(km),
            Duration = TimeSpan.FromMinutes(km * 7),
            Effort = new Effort(3),
            Surface = surface,
            Shoe = shoe is null ? null : ShoeNamed(shoe),
            ShoeId = shoe is null ? null : ShoeNamed(shoe).Id,
            Recording = climb is null && cadence is null ? null : Recording(id, climb ?? 0, cadence),
        });
        if (morning is { } pain)
        {
            CheckIns.Add(new MorningCheckIn(date.AddDays(1), pain));
        }

        return this;
    }

    public TriageLog Entry(PainEntry entry)
    {
        Entries.Add(entry);
        return this;
    }

    private Shoe ShoeNamed(string name)
    {
        if (!_shoes.TryGetValue(name, out var shoe))
        {
            shoe = new Shoe { Id = _shoes.Count + 1, OwnerId = "runner", Name = name };
            _shoes[name] = shoe;
        }

        return shoe;
    }

    private static RunRecording Recording(int runId, double climb, double? cadence) => new()
    {
        RunId = runId,
        OwnerId = "runner",
        FileName = "run.fit",
        Sha256 = "00",
        OriginalGzip = [],
        Streams = [],
        ClimbPerKilometer = climb,
        AverageCadence = cadence,
    };
}
