using Harrier.Core.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

/// <summary>The original file, in the recording's own row (see <see cref="RunRecordingConfiguration"/>).</summary>
internal sealed class RunOriginalConfiguration : IEntityTypeConfiguration<RunOriginal>
{
    public void Configure(EntityTypeBuilder<RunOriginal> builder)
    {
        builder.ToTable("run_recordings");
        builder.HasKey(o => o.RunId);
        builder.Property(o => o.Stored).HasColumnName("OriginalGzip").IsRequired();
    }
}
