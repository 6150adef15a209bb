using Harrier.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("import_jobs");
        builder.Property(j => j.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(12);
        builder.Property(j => j.Description).IsRequired().HasMaxLength(200);
        builder.Property(j => j.Problem).HasMaxLength(1000);
        builder.Property(j => j.Results).IsRequired();
        builder.HasIndex(j => new { j.OwnerId, j.State });
        builder.Ignore(j => j.IsOpen);
    }
}

internal sealed class ImportJobUploadConfiguration : IEntityTypeConfiguration<ImportJobUpload>
{
    public void Configure(EntityTypeBuilder<ImportJobUpload> builder)
    {
        builder.ToTable("import_job_uploads");
        builder.HasOne<ImportJob>().WithMany().HasForeignKey(u => u.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.Name).IsRequired().HasMaxLength(200);
        builder.Property(u => u.Content).IsRequired();
        builder.HasIndex(u => new { u.JobId, u.Position }).IsUnique();
    }
}
