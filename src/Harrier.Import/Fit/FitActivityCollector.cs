using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

/// <summary>Turns decoded FIT messages into samples, laps, sessions and events. Buffers are kept between files.</summary>
internal sealed partial class FitActivityCollector
{
    private ActivitySample[] _samples = new ActivitySample[1024];
    private int _sampleCount;
    private uint _speedDistanceLast;
    private double _speedDistanceMeters;
    private bool _speedDistanceSeen;

    public List<ActivityTotals> Laps { get; } = [];

    public List<ActivityTotals> Sessions { get; } = [];

    public List<TimerPause> Pauses { get; } = [];

    public List<double> RrIntervals { get; } = [];

    /// <summary>Where each hrv message fell: the number of samples before it and the index of its first interval.</summary>
    public List<(int Sample, int Rr)> RrMarks { get; } = [];

    /// <summary>Where each chained FIT file began in the lists (a stream of several files is several recordings).</summary>
    public List<FitFileMark> Files { get; } = [];

    public List<FitDeveloperField> DeveloperFields { get; } = [];

    public ActivitySport Sport { get; private set; }

    public string? SportName { get; private set; }

    public int? FileType { get; private set; }

    public DateTime? TimeCreated { get; private set; }

    public string? Creator { get; private set; }

    public TimeSpan? ActivityTimerTime { get; private set; }

    public TimeSpan? UtcOffset { get; private set; }

    public int LengthCount { get; private set; }

    public ReadOnlySpan<ActivitySample> Samples => _samples.AsSpan(0, _sampleCount);

    /// <summary>The samples, for correcting their times after decoding (see <see cref="FitRelativeTime"/>).</summary>
    public Span<ActivitySample> WritableSamples => _samples.AsSpan(0, _sampleCount);

    public void SetTimeCreated(DateTime? time) => TimeCreated = time;

    public void Reset()
    {
        _sampleCount = 0;
        _speedDistanceLast = 0;
        _speedDistanceMeters = 0;
        _speedDistanceSeen = false;
        Laps.Clear();
        Sessions.Clear();
        Pauses.Clear();
        RrIntervals.Clear();
        RrMarks.Clear();
        Files.Clear();
        DeveloperFields.Clear();
        Sport = ActivitySport.Unknown;
        SportName = null;
        FileType = null;
        TimeCreated = null;
        Creator = null;
        ActivityTimerTime = null;
        UtcOffset = null;
        LengthCount = 0;
        Workout = null;
        WorkoutSteps.Clear();
    }

    public void OnDeveloperField(FitDeveloperField field) => DeveloperFields.Add(field);

    /// <summary>A chained FIT file begins: remembers where its samples, laps, sessions, pauses and R-R marks start.</summary>
    public void BeginFile() => Files.Add(new FitFileMark(_sampleCount, Laps.Count, Sessions.Count, Pauses.Count, RrMarks.Count));

    /// <summary>A record message: one sample. Applies the profile's scales, offsets and component expansion.</summary>
    public void OnRecord(FitValues v, ReadOnlySpan<byte> message)
    {
        var time = v.Has(FitProfile.TimestampSlot) ? FitProfile.ToUtc(v.Values[FitProfile.TimestampSlot]) : LastTime();
        var lat = v.Get(RecordSlots.Lat);
        var lon = v.Get(RecordSlots.Lon);
        var altitude = v.Has(RecordSlots.EnhancedAltitude) ? v.Values[RecordSlots.EnhancedAltitude] : v.Get(RecordSlots.Altitude);
        var speed = v.Has(RecordSlots.EnhancedSpeed) ? v.Values[RecordSlots.EnhancedSpeed] : v.Get(RecordSlots.Speed);
        var distance = v.Get(RecordSlots.Distance) / 100;
        if (v.Has(RecordSlots.CompressedSpeedDistance))
        {
            ExpandSpeedDistance(v.Raw(message, RecordSlots.CompressedSpeedDistance), ref speed, ref distance);
        }
        else
        {
            speed /= 1000;
        }

        var cadence = v.Get(RecordSlots.Cadence);
        if (v.Has(RecordSlots.FractionalCadence) && !double.IsNaN(cadence))
        {
            cadence += v.Values[RecordSlots.FractionalCadence] / 128;
        }

        if (_sampleCount == _samples.Length)
        {
            Array.Resize(ref _samples, _samples.Length * 2);
        }

        _samples[_sampleCount++] = new ActivitySample(
            time,
            lat * FitProfile.DegreesPerSemicircle,
            lon * FitProfile.DegreesPerSemicircle,
            distance,
            (float)((altitude / 5) - 500),
            (float)speed,
            (float)v.Get(RecordSlots.HeartRate),
            (float)cadence,
            (float)v.Get(RecordSlots.Power));
    }

    private DateTime LastTime() => _sampleCount > 0 ? _samples[_sampleCount - 1].TimeUtc : DateTime.MinValue;

    /// <summary>
    /// compressed_speed_distance (record field 8, 3 bytes): speed in the low 12 bits (scale 100, m/s) and distance in
    /// the high 12 bits (scale 16, m), the distance accumulated across messages with 12-bit roll-over.
    /// </summary>
    private void ExpandSpeedDistance(ReadOnlySpan<byte> raw, ref double speed, ref double distance)
    {
        if (raw.Length < 3 || (raw[0] == 0xFF && raw[1] == 0xFF && raw[2] == 0xFF))
        {
            speed = double.IsNaN(speed) ? speed : speed / 1000;
            return;
        }

        var packed = (uint)(raw[0] | (raw[1] << 8) | (raw[2] << 16));
        var packedSpeed = packed & 0xFFF;
        var packedDistance = packed >> 12;
        speed = packedSpeed / 100.0;
        if (_speedDistanceSeen)
        {
            _speedDistanceMeters += ((packedDistance - _speedDistanceLast) & 0xFFF) / 16.0;
        }

        _speedDistanceSeen = true;
        _speedDistanceLast = packedDistance;
        if (double.IsNaN(distance))
        {
            distance = _speedDistanceMeters;
        }
    }
}
