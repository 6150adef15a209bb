namespace Harrier.Data.Coaching;

/// <summary>What a comment is about.</summary>
public enum CommentTarget
{
    Run,
    PainEntry,
    Session,
}
