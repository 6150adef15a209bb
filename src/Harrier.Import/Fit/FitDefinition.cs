namespace Harrier.Import.Fit;

/// <summary>A local message type's current definition: endianness, total size and the field decoders Harrier needs.</summary>
/// <remarks>Instances and their arrays are reused when a local type is redefined, so redefinitions do not allocate.</remarks>
internal sealed class FitDefinition
{
    public FitFieldOp[] Ops = new FitFieldOp[16];

    public bool Defined;

    public bool BigEndian;

    public int GlobalMessage;

    public FitMessageKind Kind;

    /// <summary>Size of a data message of this type, in bytes, without its header.</summary>
    public int Size;

    /// <summary>Number of entries used in <see cref="Ops"/> (only fields Harrier reads).</summary>
    public int OpCount;

    /// <summary>True when the message defines field 253 (timestamp).</summary>
    public bool HasTimestamp;

    public void Reset(bool bigEndian, int globalMessage)
    {
        Defined = true;
        BigEndian = bigEndian;
        GlobalMessage = globalMessage;
        Kind = FitProfile.KindOf(globalMessage);
        Size = 0;
        OpCount = 0;
        HasTimestamp = false;
    }

    public void Add(in FitFieldOp op)
    {
        if (OpCount == Ops.Length)
        {
            Array.Resize(ref Ops, Ops.Length * 2);
        }

        Ops[OpCount++] = op;
    }
}
