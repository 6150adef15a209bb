using Harrier.Data.Pain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class PainConfiguration : IEntityTypeConfiguration<PainRecord>, IEntityTypeConfiguration<CheckInRecord>
{
    public void Configure(EntityTypeBuilder<PainRecord> builder)
    {
        builder.ToTable("pain_entries");
        builder.Property(p => p.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Region).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Side).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.SpreadsTo).HasMaxLength(600);
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.HasOne<Core.Runs.Run>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.OwnerId, p.Day });
    }

    public void Configure(EntityTypeBuilder<CheckInRecord> builder)
    {
        builder.ToTable("morning_check_ins");
        builder.Property(c => c.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OwnerId, c.Day }).IsUnique();
    }
}
