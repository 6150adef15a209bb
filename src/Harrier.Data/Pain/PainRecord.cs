using System.Globalization;
using Harrier.Core.Pain;

namespace Harrier.Data.Pain;

/// <summary>A stored pain journal entry: Core's <see cref="PainEntry"/> with its owner and the time it was written.</summary>
public sealed class PainRecord
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public DateOnly Day { get; set; }

    public BodyRegion Region { get; set; }

    public BodySide Side { get; set; }

    /// <summary>Spots the pain spreads to, as "Region:Side" pairs separated by ";".</summary>
    public string? SpreadsTo { get; set; }

    public PainQuality Quality { get; set; }

    public int? DuringRun { get; set; }

    public int? AfterRun { get; set; }

    public int? NextMorning { get; set; }

    public int? StiffnessMinutes { get; set; }

    public int? RunId { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedUtc { get; set; }

    public PainEntry ToEntry() => new(Day, new BodySpot(Region, Side))
    {
        SpreadsTo = ParseSpots(SpreadsTo), Quality = Quality, DuringRun = DuringRun, AfterRun = AfterRun, NextMorning = NextMorning,
        StiffnessMinutes = StiffnessMinutes, RunId = RunId, Notes = Notes,
    };

    public static PainRecord From(string ownerId, PainEntry entry, DateTime createdUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new PainRecord
        {
            OwnerId = ownerId, Day = entry.Day, Region = entry.Spot.Region, Side = entry.Spot.Side, Quality = entry.Quality,
            SpreadsTo = entry.SpreadsTo.Count == 0 ? null : string.Join(';', entry.SpreadsTo.Select(s => $"{s.Region}:{s.Side}")),
            DuringRun = entry.DuringRun, AfterRun = entry.AfterRun, NextMorning = entry.NextMorning, StiffnessMinutes = entry.StiffnessMinutes,
            RunId = entry.RunId, Notes = string.IsNullOrWhiteSpace(entry.Notes) ? null : entry.Notes.Trim(), CreatedUtc = createdUtc,
        };
    }

    private static BodySpot[] ParseSpots(string? text) => string.IsNullOrEmpty(text)
        ? []
        : text.Split(';').Select(p => p.Split(':')).Select(p => new BodySpot(Enum.Parse<BodyRegion>(p[0]), Enum.Parse<BodySide>(p[1]))).ToArray();

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Day:yyyy-MM-dd} {Side} {Region}");
}
