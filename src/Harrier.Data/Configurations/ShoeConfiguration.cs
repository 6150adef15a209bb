using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class ShoeConfiguration : IEntityTypeConfiguration<Shoe>
{
    public void Configure(EntityTypeBuilder<Shoe> builder)
    {
        builder.ToTable("shoes");
        builder.Property(s => s.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Name).IsRequired().HasMaxLength(100);
        builder.Property(s => s.StartingDistance).HasColumnName("StartingDistanceMeters")
            .HasConversion(d => d.Meters, m => Distance.FromMeters(m));
        builder.HasIndex(s => new { s.OwnerId, s.Name }).IsUnique();
        builder.Ignore(s => s.IsRetired);
    }
}
