namespace Harrier.Data.Coaching;

/// <summary>A comment by a coach (or a reply by the runner) on one of the runner's runs, pain entries or planned sessions.</summary>
public sealed class Comment
{
    /// <summary>The longest comment, in characters.</summary>
    public const int MaxLength = 2000;

    public int Id { get; set; }

    /// <summary>The runner whose run, entry or session it is about.</summary>
    public required string RunnerId { get; set; }

    public required string AuthorId { get; set; }

    public CommentTarget Target { get; set; }

    /// <summary>The run's or entry's id, or the session's date (yyyy-MM-dd).</summary>
    public required string TargetKey { get; set; }

    public required string Text { get; set; }

    public DateTime CreatedUtc { get; set; }
}
