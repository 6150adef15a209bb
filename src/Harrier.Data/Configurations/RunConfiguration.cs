using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.ToTable("runs");
        builder.Property(r => r.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.TimeZoneId).IsRequired().HasMaxLength(64);
        builder.Property(r => r.Distance).HasColumnName("DistanceMeters")
            .HasConversion(d => d.Meters, m => Distance.FromMeters(m));
        builder.Property(r => r.Duration).HasColumnName("DurationSeconds")
            .HasConversion(d => d.TotalSeconds, s => TimeSpan.FromSeconds(s));
        builder.Property(r => r.Effort).HasColumnName("Rpe")
            .HasConversion<int?>(e => e.HasValue ? e.Value.Value : null, v => v.HasValue ? new Effort(v.Value) : null);
        builder.Property(r => r.HeartRateLoad).HasColumnName("HeartRateLoadTrimp");
        builder.Property(r => r.Surface).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(MaxName);
        builder.Property(r => r.Notes).HasMaxLength(MaxNotes);
        builder.HasOne(r => r.Shoe).WithMany().HasForeignKey(r => r.ShoeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(r => new { r.OwnerId, r.StartUtc });
        builder.Ignore(r => r.EffortLoad);
        builder.Ignore(r => r.AveragePace);
        builder.Ignore(r => r.LocalStart);
    }

    public const int MaxName = 200;

    public const int MaxNotes = 4000;
}
