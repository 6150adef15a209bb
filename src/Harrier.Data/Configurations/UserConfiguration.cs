using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<HarrierUser>
{
    public void Configure(EntityTypeBuilder<HarrierUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.TimeZoneId).HasMaxLength(64);
        builder.Property(u => u.DistanceUnit).HasConversion<string>().HasMaxLength(16);
        builder.Property(u => u.CalendarToken).HasMaxLength(64);
        builder.Property(u => u.Sex).HasConversion<string>().HasMaxLength(8);
        builder.HasIndex(u => u.CalendarToken).IsUnique();
        builder.Ignore(u => u.TimeZone);
        builder.Ignore(u => u.HeartRateProfile);
    }
}
