using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

/// <summary>
/// A recording and its original file share the table <c>run_recordings</c> (table splitting): loading a recording never reads
/// the original. The metrics are a complex type: scalars are columns named with their unit (the best efforts among them, so
/// personal bests are one indexed query), splits and the heart-rate histogram are small JSON documents.
/// </summary>
internal sealed class RunRecordingConfiguration : IEntityTypeConfiguration<RunRecording>
{
    public void Configure(EntityTypeBuilder<RunRecording> builder)
    {
        builder.ToTable("run_recordings");
        builder.HasKey(r => r.RunId);
        builder.HasOne<Run>().WithOne(r => r.Recording).HasForeignKey<RunRecording>(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.OwnerId).IsRequired().HasMaxLength(450);
        builder.Property(r => r.FileName).IsRequired().HasMaxLength(1024);
        builder.Property(r => r.Sha256).IsRequired().HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.Sport).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Creator).HasMaxLength(200);
        builder.Property(r => r.Issues).HasMaxLength(8000);
        builder.HasIndex(r => new { r.OwnerId, r.Sha256 }).IsUnique();
        builder.HasOne(r => r.Original).WithOne().HasForeignKey<RunOriginal>(o => o.RunId);
        builder.Navigation(r => r.Original).IsRequired();
        builder.ComplexProperty(r => r.Metrics, Metrics);
    }

    private static void Metrics(ComplexPropertyBuilder<RunMetrics> m)
    {
        m.Property(x => x.Version).HasColumnName("MetricsVersion");
        Seconds(m.Property(x => x.ElapsedTime).HasColumnName("ElapsedSeconds"));
        Seconds(m.Property(x => x.MovingTime).HasColumnName("MovingSeconds"));
        m.Property(x => x.AscentMeters).HasColumnName("AscentMeters");
        m.Property(x => x.DescentMeters).HasColumnName("DescentMeters");
        m.Property(x => x.ClimbPerKilometer).HasColumnName("ClimbPerKilometer");
        m.Property(x => x.AverageHeartRate).HasColumnName("AverageHeartRate");
        m.Property(x => x.MaxHeartRate).HasColumnName("MaxHeartRate");
        m.Property(x => x.Cadence).HasColumnName("CadenceStepsPerMinute");
        m.Property(x => x.MaxCadence).HasColumnName("MaxCadenceStepsPerMinute");
        m.Property(x => x.GradeAdjustedPace).HasColumnName("GradeAdjustedSecondsPerKilometer")
            .HasConversion(p => p!.Value.SecondsPerKilometer, s => Pace.FromSecondsPerKilometer(s));
        Seconds(m.Property(x => x.Best1Kilometer).HasColumnName("Best1KilometerSeconds"));
        Seconds(m.Property(x => x.Best5Kilometers).HasColumnName("Best5KilometersSeconds"));
        Seconds(m.Property(x => x.Best10Kilometers).HasColumnName("Best10KilometersSeconds"));
        m.Property(x => x.KilometerSplits).HasColumnName("KilometerSplits")
            .HasConversion(MetricsJson.SplitsConverter, MetricsJson.SplitsComparer).HasMaxLength(MetricsJson.MaxSplitsText);
        m.Property(x => x.MileSplits).HasColumnName("MileSplits")
            .HasConversion(MetricsJson.SplitsConverter, MetricsJson.SplitsComparer).HasMaxLength(MetricsJson.MaxSplitsText);
        m.Property(x => x.HeartRate).HasColumnName("HeartRateSeconds")
            .HasConversion(MetricsJson.HistogramConverter, MetricsJson.HistogramComparer).HasMaxLength(MetricsJson.MaxHistogramText);
        m.Ignore(x => x.IsCurrent);
        m.Ignore(x => x.BestEfforts);
    }

    private static void Seconds(ComplexTypePropertyBuilder<TimeSpan> property) =>
        property.HasConversion(t => t.TotalSeconds, s => TimeSpan.FromSeconds(s));

    private static void Seconds(ComplexTypePropertyBuilder<TimeSpan?> property) =>
        property.HasConversion(t => t!.Value.TotalSeconds, s => TimeSpan.FromSeconds(s));
}
