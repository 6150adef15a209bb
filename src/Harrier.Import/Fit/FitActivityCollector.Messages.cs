using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

internal sealed partial class FitActivityCollector
{
    public void OnMessage(FitMessageKind kind, FitValues v, ReadOnlySpan<byte> message)
    {
        switch (kind)
        {
            case FitMessageKind.Session:
                Sessions.Add(ReadTotals(v, TotalsSlots.Session));
                break;
            case FitMessageKind.Lap:
                Laps.Add(ReadTotals(v, TotalsSlots.Lap));
                break;
            case FitMessageKind.Event:
                OnEvent(v);
                break;
            case FitMessageKind.Hrv:
                OnHrv(v, message);
                break;
            case FitMessageKind.FileId:
                OnFileId(v, message);
                break;
            case FitMessageKind.Sport:
                OnSport(v, message);
                break;
            case FitMessageKind.Activity:
                OnActivity(v);
                break;
            case FitMessageKind.Length:
                LengthCount++;
                break;
            case FitMessageKind.DeviceInfo:
                OnDeviceInfo(v);
                break;
            case FitMessageKind.Workout:
                OnWorkout(v, message);
                break;
            case FitMessageKind.WorkoutStep:
                OnWorkoutStep(v, message);
                break;
            default:
                break;
        }
    }

    private static int Slot(FitMessageKind kind, int field) => FitProfile.SlotOf(kind, field);

    /// <summary>Session and lap totals: times scale 1000 (s), distance scale 100 (m), speeds scale 1000 (m/s).</summary>
    private static ActivityTotals ReadTotals(FitValues v, TotalsSlots s)
    {
        var avgSpeed = v.Has(s.EnhancedAvgSpeed) ? v.Values[s.EnhancedAvgSpeed] : v.Get(s.AvgSpeed);
        var maxSpeed = v.Has(s.EnhancedMaxSpeed) ? v.Values[s.EnhancedMaxSpeed] : v.Get(s.MaxSpeed);
        var cadence = v.Nullable(s.AvgCadence);
        if (cadence is not null && v.Has(s.AvgFractionalCadence))
        {
            cadence += v.Values[s.AvgFractionalCadence] / 128;
        }

        return new ActivityTotals
        {
            Sport = MapSport(v.Get(s.Sport)),
            StartUtc = v.Has(s.StartTime) ? FitProfile.ToUtc(v.Values[s.StartTime]) : null,
            ElapsedTime = FitProfile.Milliseconds(v.Get(s.Elapsed)),
            TimerTime = FitProfile.Milliseconds(v.Get(s.Timer)),
            DistanceMeters = v.Nullable(s.Distance, 100),
            AscentMeters = v.Nullable(s.Ascent),
            DescentMeters = v.Nullable(s.Descent),
            AverageHeartRate = v.Nullable(s.AvgHr),
            MaxHeartRate = v.Nullable(s.MaxHr),
            Cadence = cadence,
            AverageSpeedMetersPerSecond = double.IsNaN(avgSpeed) ? null : avgSpeed / 1000,
            MaxSpeedMetersPerSecond = double.IsNaN(maxSpeed) ? null : maxSpeed / 1000,
            Calories = v.Nullable(s.Calories),
        };
    }

    /// <summary>Timer events (event 0): start (type 0) ends a pause; stop, stop_all, stop_disable(_all) (1, 4, 8, 9) begin one.</summary>
    private void OnEvent(FitValues v)
    {
        if (v.Get(EventSlots.Event) != 0 || !v.Has(FitProfile.TimestampSlot))
        {
            return;
        }

        var time = FitProfile.ToUtc(v.Values[FitProfile.TimestampSlot]);
        var type = v.Get(EventSlots.EventType);
        var open = Pauses.Count > 0 && Pauses[^1].StartUtc is null;
        if (type is 1 or 4 or 8 or 9 && !open)
        {
            Pauses.Add(new TimerPause(time, null));
        }
        else if (type == 0 && open)
        {
            Pauses[^1] = Pauses[^1] with { StartUtc = time };
        }
    }

    /// <summary>hrv.time: an array of uint16 R-R intervals, scale 1000 (s); 0xFFFF marks unused entries.</summary>
    /// <remarks>hrv messages carry no time, so each is marked with the number of samples before it, to split them by session.</remarks>
    private void OnHrv(FitValues v, ReadOnlySpan<byte> message)
    {
        if (RrMarks.Count == 0 || RrMarks[^1].Sample != _sampleCount)
        {
            RrMarks.Add((_sampleCount, RrIntervals.Count));
        }

        var raw = v.Raw(message, Slot(FitMessageKind.Hrv, HrvFields.Time));
        for (var i = 0; i + 1 < raw.Length; i += 2)
        {
            var value = raw[i] | (raw[i + 1] << 8);
            if (value != 0xFFFF && RrIntervals.Count < 10_000_000)
            {
                RrIntervals.Add(value / 1000.0);
            }
        }
    }

    /// <summary>activity: total_timer_time (scale 1000) and local_timestamp, whose difference from timestamp is the UTC offset.</summary>
    private void OnActivity(FitValues v)
    {
        const FitMessageKind Kind = FitMessageKind.Activity;
        ActivityTimerTime = FitProfile.Milliseconds(v.Get(Slot(Kind, ActivityFields.TotalTimerTime))) ?? ActivityTimerTime;
        var offset = v.Get(Slot(Kind, ActivityFields.LocalTimestamp)) - v.Get(FitProfile.TimestampSlot);
        if (offset is >= -14 * 3600 and <= 14 * 3600)
        {
            UtcOffset ??= TimeSpan.FromMinutes(Math.Round(offset / 900) * 15);
        }
    }

    private void OnFileId(FitValues v, ReadOnlySpan<byte> message)
    {
        const FitMessageKind Kind = FitMessageKind.FileId;
        FileType ??= v.Has(Slot(Kind, FileIdFields.Type)) ? (int)v.Values[Slot(Kind, FileIdFields.Type)] : null;
        TimeCreated ??= v.Has(Slot(Kind, FileIdFields.TimeCreated)) ? FitProfile.ToUtc(v.Values[Slot(Kind, FileIdFields.TimeCreated)]) : null;
        var productName = FitBaseType.ReadString(v.Raw(message, Slot(Kind, FileIdFields.ProductName)));
        Creator ??= productName ?? FitDevices.Describe(v.Get(Slot(Kind, FileIdFields.Manufacturer)), v.Get(Slot(Kind, FileIdFields.Product)));
    }

    private void OnDeviceInfo(FitValues v)
    {
        const FitMessageKind Kind = FitMessageKind.DeviceInfo;
        var software = v.Get(Slot(Kind, DeviceInfoFields.SoftwareVersion));
        var creatorDevice = v.Get(Slot(Kind, DeviceInfoFields.DeviceIndex)) == 0;
        if (creatorDevice && !double.IsNaN(software) && Creator is not null && !Creator.Contains(" (software ", StringComparison.Ordinal))
        {
            Creator = FormattableString.Invariant($"{Creator} (software {software / 100:0.00})");
        }
    }

    private void OnSport(FitValues v, ReadOnlySpan<byte> message)
    {
        const FitMessageKind Kind = FitMessageKind.Sport;
        var sport = MapSport(v.Get(Slot(Kind, SportFields.Sport)));
        Sport = Sport == ActivitySport.Unknown ? sport : Sport;
        SportName ??= FitBaseType.ReadString(v.Raw(message, Slot(Kind, SportFields.Name)));
    }

    /// <summary>
    /// FIT sport enum: 1 running, 2 cycling, 3 transition, 5 swimming, 11 walking, 17 hiking, 18 multisport; 0 generic,
    /// 10 training and 254 all say nothing (unknown); the rest are other sports.
    /// </summary>
    internal static ActivitySport MapSport(double sport) => sport switch
    {
        double.NaN => ActivitySport.Unknown,
        0 or 10 or 254 => ActivitySport.Unknown,
        1 => ActivitySport.Running,
        2 => ActivitySport.Cycling,
        3 => ActivitySport.Transition,
        5 => ActivitySport.Swimming,
        11 => ActivitySport.Walking,
        17 => ActivitySport.Hiking,
        18 => ActivitySport.Multisport,
        _ => ActivitySport.Other,
    };
}
