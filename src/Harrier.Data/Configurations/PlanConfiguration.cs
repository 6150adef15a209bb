using Harrier.Core.Runs;
using Harrier.Data.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<StoredPlan>, IEntityTypeConfiguration<SessionOutcome>
{
    public void Configure(EntityTypeBuilder<StoredPlan> builder)
    {
        builder.ToTable("plans");
        builder.Property(p => p.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(200);
        builder.Property(p => p.Document).IsRequired();
        builder.Property(p => p.SetById).HasMaxLength(450);
        builder.HasIndex(p => new { p.OwnerId, p.IsActive });
        builder.Ignore(p => p.Plan);
    }

    public void Configure(EntityTypeBuilder<SessionOutcome> builder)
    {
        builder.ToTable("plan_session_outcomes");
        builder.Property(o => o.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<StoredPlan>().WithMany().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Result).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Run>().WithMany().HasForeignKey(o => o.RunId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(o => new { o.PlanId, o.Date });
    }
}
