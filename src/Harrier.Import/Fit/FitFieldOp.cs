namespace Harrier.Import.Fit;

/// <summary>How to decode one field of a data message, precomputed when its definition message is read.</summary>
internal struct FitFieldOp
{
    /// <summary>Byte offset of the field within the data message (after the record header).</summary>
    public int Offset;

    /// <summary>Total size of the field in bytes (one element, an array, or a string).</summary>
    public int Size;

    public byte BaseType;

    /// <summary>The value slot (see <see cref="FitProfile"/>); 0 for a developer field.</summary>
    public byte Slot;

    /// <summary>Read the raw bytes (strings, arrays) rather than one number.</summary>
    public bool Raw;

    /// <summary>The description of a developer field, or null for a profile field.</summary>
    public FitDeveloperField? Developer;
}
