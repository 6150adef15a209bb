using System.Buffers.Binary;

namespace Harrier.Import.Fit;

/// <summary>The FIT base types: sizes, invalid-value sentinels and reading one element as a number.</summary>
/// <remarks>
/// Base type numbers (low 5 bits of the base type byte): 0 enum, 1 sint8, 2 uint8, 3 sint16, 4 uint16, 5 sint32, 6 uint32,
/// 7 string, 8 float32, 9 float64, 10 uint8z, 11 uint16z, 12 uint32z, 13 byte, 14 sint64, 15 uint64, 16 uint64z.
/// Invalid values are all ones for unsigned types, the maximum for signed types, zero for the "z" types and strings.
/// </remarks>
internal static class FitBaseType
{
    public const int String = 7;
    public const int Byte = 13;

    private static ReadOnlySpan<byte> Sizes => [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];

    /// <summary>The size of one element, or 0 for an unknown base type.</summary>
    public static int SizeOf(int baseType)
    {
        var n = baseType & 0x1F;
        return n < Sizes.Length ? Sizes[n] : 0;
    }

    /// <summary>Reads the first element at the start of <paramref name="b"/>; NaN when it holds the invalid value.</summary>
    /// <remarks>The caller guarantees <paramref name="b"/> holds at least one element.</remarks>
    public static double Read(ReadOnlySpan<byte> b, int baseType, bool bigEndian)
    {
        switch (baseType & 0x1F)
        {
            case 0:
            case 2:
            case 13:
                return b[0] == 0xFF ? double.NaN : b[0];
            case 1:
                return b[0] == 0x7F ? double.NaN : (sbyte)b[0];
            case 10:
            case 7:
                return b[0] == 0 ? double.NaN : b[0];
            case 3:
                var s16 = bigEndian ? BinaryPrimitives.ReadInt16BigEndian(b) : BinaryPrimitives.ReadInt16LittleEndian(b);
                return s16 == short.MaxValue ? double.NaN : s16;
            case 4:
            case 11:
                var u16 = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(b) : BinaryPrimitives.ReadUInt16LittleEndian(b);
                return u16 == ((baseType & 0x1F) == 4 ? ushort.MaxValue : 0) ? double.NaN : u16;
            case 5:
                var s32 = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(b) : BinaryPrimitives.ReadInt32LittleEndian(b);
                return s32 == int.MaxValue ? double.NaN : s32;
            case 6:
            case 12:
                var u32 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
                return u32 == ((baseType & 0x1F) == 6 ? uint.MaxValue : 0) ? double.NaN : u32;
            default:
                return ReadWide(b, baseType & 0x1F, bigEndian);
        }
    }

    private static double ReadWide(ReadOnlySpan<byte> b, int type, bool bigEndian)
    {
        switch (type)
        {
            case 8:
                var bits32 = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(b) : BinaryPrimitives.ReadUInt32LittleEndian(b);
                var f = BitConverter.UInt32BitsToSingle(bits32);
                return bits32 == uint.MaxValue || !float.IsFinite(f) ? double.NaN : f;
            case 9:
                var bits64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);
                var d = BitConverter.UInt64BitsToDouble(bits64);
                return bits64 == ulong.MaxValue || !double.IsFinite(d) ? double.NaN : d;
            case 14:
                var s64 = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(b) : BinaryPrimitives.ReadInt64LittleEndian(b);
                return s64 == long.MaxValue ? double.NaN : s64;
            case 15:
            case 16:
                var u64 = bigEndian ? BinaryPrimitives.ReadUInt64BigEndian(b) : BinaryPrimitives.ReadUInt64LittleEndian(b);
                return u64 == (type == 15 ? ulong.MaxValue : 0) ? double.NaN : u64;
            default:
                return double.NaN;
        }
    }

    /// <summary>Reads a NUL-terminated UTF-8 string field; null when empty or invalid.</summary>
    public static string? ReadString(ReadOnlySpan<byte> b)
    {
        var end = b.IndexOf((byte)0);
        var text = end < 0 ? b : b[..end];
        return text.IsEmpty ? null : System.Text.Encoding.UTF8.GetString(text);
    }
}
