using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class CrossTrainingConfiguration : IEntityTypeConfiguration<CrossTraining>
{
    public void Configure(EntityTypeBuilder<CrossTraining> builder)
    {
        builder.ToTable("cross_training");
        builder.Property(c => c.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.TimeZoneId).IsRequired().HasMaxLength(64);
        builder.Property(c => c.Sport).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Duration).HasColumnName("DurationSeconds").HasConversion(d => d.TotalSeconds, s => TimeSpan.FromSeconds(s));
        builder.Property(c => c.Distance).HasColumnName("DistanceMeters").HasConversion(d => d.Meters, m => Distance.FromMeters(m));
        builder.Property(c => c.Name).HasMaxLength(RunConfiguration.MaxName);
        builder.Property(c => c.FileName).IsRequired().HasMaxLength(1024);
        builder.Property(c => c.Sha256).IsRequired().HasMaxLength(64).IsFixedLength();
        builder.HasIndex(c => new { c.OwnerId, c.StartUtc });
        builder.HasIndex(c => new { c.OwnerId, c.Sha256 }).IsUnique();
        builder.Ignore(c => c.LocalStart);
    }
}
