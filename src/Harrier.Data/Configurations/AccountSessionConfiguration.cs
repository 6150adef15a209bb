using Harrier.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class AccountSessionConfiguration : IEntityTypeConfiguration<AccountSession>
{
    public void Configure(EntityTypeBuilder<AccountSession> builder)
    {
        builder.ToTable("account_sessions");
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.UserId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(8);
        builder.Property(s => s.SecurityStamp).IsRequired().HasMaxLength(256);
        builder.Property(s => s.AccessTokenHash).HasMaxLength(64);
        builder.Property(s => s.RefreshTokenHash).HasMaxLength(64);
        builder.Property(s => s.PreviousRefreshTokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.AccessTokenHash).IsUnique();
        builder.HasIndex(s => s.RefreshTokenHash).IsUnique();
        builder.HasIndex(s => s.PreviousRefreshTokenHash);
    }
}
