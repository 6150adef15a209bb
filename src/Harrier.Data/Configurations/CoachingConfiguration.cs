using Harrier.Data.Coaching;
using Harrier.Data.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class CoachingConfiguration :
    IEntityTypeConfiguration<CoachInvitation>, IEntityTypeConfiguration<CoachLink>, IEntityTypeConfiguration<HealthView>,
    IEntityTypeConfiguration<Comment>, IEntityTypeConfiguration<IntakeRecord>
{
    public void Configure(EntityTypeBuilder<CoachInvitation> builder)
    {
        builder.ToTable("coach_invitations");
        builder.Property(i => i.CoachId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(i => i.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.CodeHash).IsRequired().HasMaxLength(64);
        builder.HasIndex(i => i.CodeHash).IsUnique();
        builder.Property(i => i.AcceptedById).HasMaxLength(450);
        builder.HasIndex(i => i.CoachId);
    }

    public void Configure(EntityTypeBuilder<CoachLink> builder)
    {
        builder.ToTable("coach_links");
        builder.Property(l => l.CoachId).IsRequired().HasMaxLength(450);
        builder.Property(l => l.RunnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(l => l.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(l => l.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(l => l.Scope).HasConversion<string>().HasMaxLength(24);
        builder.Property(l => l.EndedById).HasMaxLength(450);
        builder.HasIndex(l => new { l.CoachId, l.RunnerId });
        builder.HasIndex(l => l.RunnerId);
        builder.Ignore(l => l.IsActive);
        builder.Ignore(l => l.SharesHealth);
    }

    public void Configure(EntityTypeBuilder<HealthView> builder)
    {
        builder.ToTable("coach_health_views");
        builder.Property(v => v.CoachId).IsRequired().HasMaxLength(450);
        builder.Property(v => v.RunnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(v => v.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CoachLink>().WithMany().HasForeignKey(v => v.LinkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Record).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Channel).IsRequired().HasMaxLength(8);
        builder.HasIndex(v => new { v.RunnerId, v.AtUtc });
    }

    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("comments");
        builder.Property(c => c.RunnerId).IsRequired().HasMaxLength(450);
        builder.Property(c => c.AuthorId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(c => c.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Target).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.TargetKey).IsRequired().HasMaxLength(32);
        builder.Property(c => c.Text).IsRequired().HasMaxLength(Comment.MaxLength);
        builder.HasIndex(c => new { c.RunnerId, c.Target, c.TargetKey });
    }

    public void Configure(EntityTypeBuilder<IntakeRecord> builder)
    {
        builder.ToTable("intakes");
        builder.Property(i => i.RunnerId).IsRequired().HasMaxLength(450);
        builder.Property(i => i.EnteredById).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(i => i.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.ParQJson).IsRequired().HasMaxLength(8000);
        builder.Property(i => i.HistoryJson).IsRequired().HasMaxLength(8000);
        builder.Property(i => i.Verdict).IsRequired().HasMaxLength(32);
        builder.Property(i => i.Headline).IsRequired().HasMaxLength(200);
        builder.HasIndex(i => new { i.RunnerId, i.TakenUtc });
    }
}
