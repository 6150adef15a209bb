using Harrier.Core.Pain;

namespace Harrier.Data.Pain;

/// <summary>A stored morning check-in; one per runner per day (a second answer the same day replaces the first).</summary>
public sealed class CheckInRecord
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public DateOnly Day { get; set; }

    public int Pain { get; set; }

    public bool SomethingNew { get; set; }

    public DateTime RecordedUtc { get; set; }

    public MorningCheckIn ToCheckIn() => new(Day, Pain, SomethingNew);
}
