using Harrier.Data.GroupRuns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class GroupRunConfiguration :
    IEntityTypeConfiguration<MeetingPlace>, IEntityTypeConfiguration<StoredRoute>, IEntityTypeConfiguration<GroupRun>,
    IEntityTypeConfiguration<GroupRunInvitee>
{
    public void Configure(EntityTypeBuilder<MeetingPlace> builder)
    {
        builder.ToTable("meeting_places");
        builder.Property(p => p.CoachId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(p => p.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(Core.GroupRuns.GroupRunInput.MaxPlace);
        builder.Property(p => p.TimeZone).IsRequired().HasMaxLength(64);
        builder.HasIndex(p => p.CoachId);
    }

    public void Configure(EntityTypeBuilder<StoredRoute> builder)
    {
        builder.ToTable("group_routes");
        builder.Property(r => r.CoachId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Name).IsRequired().HasMaxLength(200);
        builder.Property(r => r.PointsJson).IsRequired();
    }

    public void Configure(EntityTypeBuilder<GroupRun> builder)
    {
        builder.ToTable("group_runs");
        builder.Property(r => r.CoachId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(r => r.CoachId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SeriesId).HasMaxLength(32);
        builder.Property(r => r.Title).IsRequired().HasMaxLength(Core.GroupRuns.GroupRunInput.MaxTitle);
        builder.Property(r => r.Notes).HasMaxLength(Core.GroupRuns.GroupRunInput.MaxNotes);
        builder.HasOne(r => r.Place).WithMany().HasForeignKey(r => r.PlaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Route).WithMany().HasForeignKey(r => r.RouteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(r => r.Invitees).WithOne().HasForeignKey(i => i.GroupRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CoachId, r.StartUtc });
        builder.HasIndex(r => r.SeriesId);
        builder.Ignore(r => r.IsCancelled);
    }

    public void Configure(EntityTypeBuilder<GroupRunInvitee> builder)
    {
        builder.ToTable("group_run_invitees");
        builder.Property(i => i.RunnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(i => i.RunnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Answer).HasConversion<string>().HasMaxLength(8);
        builder.Property(i => i.Attendance).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(i => new { i.GroupRunId, i.RunnerId }).IsUnique();
        builder.HasIndex(i => i.RunnerId);
        builder.Ignore(i => i.IsInvited);
    }
}
