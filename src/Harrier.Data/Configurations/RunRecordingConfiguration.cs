using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

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
    }
}
