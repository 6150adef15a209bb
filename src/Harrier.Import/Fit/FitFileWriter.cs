using System.Buffers;
using System.Buffers.Binary;

namespace Harrier.Import.Fit;

/// <summary>Writes a little-endian FIT file: definition and data messages, then the 14-byte header and both CRCs.</summary>
/// <remarks>
/// Written from the FIT protocol description, as <see cref="FitDecoder"/> is: header = size 14, protocol version 1.0 (0x10, no
/// 2.0 features are used, so older watches read it too), profile version, data size, ".FIT", CRC of the first 12 bytes; a
/// definition record is header 0x40|local, reserved, architecture 0 (little-endian), global message number, field count and
/// (number, size, base type) per field; a data record is header local, then the field values in that order; the file ends with
/// the CRC of everything before it (<see cref="FitCrc"/>).
/// </remarks>
internal sealed class FitFileWriter
{
    public const byte Enum = 0x00;
    public const byte UInt16 = 0x84;
    public const byte UInt32 = 0x86;
    public const byte UInt32Z = 0x8C;
    public const byte String = 0x07;

    private const int HeaderSize = 14;
    private const byte ProtocolVersion = 0x10;

    /// <summary>Profile 21.00 (major × 100 + minor): every field written has been in the profile since well before it.</summary>
    private const ushort ProfileVersion = 2100;

    private readonly ArrayBufferWriter<byte> _data = new(256);

    /// <summary>Defines local message type <paramref name="local"/> (0–15) as <paramref name="global"/> with these fields.</summary>
    public void Define(int local, int global, params ReadOnlySpan<(int Number, int Size, byte BaseType)> fields)
    {
        WriteByte((byte)(0x40 | local));
        WriteByte(0);
        WriteByte(0);
        WriteUInt16((ushort)global);
        WriteByte((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            WriteByte((byte)number);
            WriteByte((byte)size);
            WriteByte(baseType);
        }
    }

    /// <summary>Starts a data message of local type <paramref name="local"/>; the caller writes its fields in definition order.</summary>
    public void Begin(int local) => WriteByte((byte)local);

    public void WriteByte(byte value)
    {
        _data.GetSpan(1)[0] = value;
        _data.Advance(1);
    }

    public void WriteUInt16(ushort value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(_data.GetSpan(2), value);
        _data.Advance(2);
    }

    public void WriteUInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_data.GetSpan(4), value);
        _data.Advance(4);
    }

    /// <summary>Writes a string field of exactly <paramref name="size"/> bytes: the UTF-8 text, then zeros (empty text is "invalid").</summary>
    public void WriteString(ReadOnlySpan<byte> utf8, int size)
    {
        var span = _data.GetSpan(size)[..size];
        span.Clear();
        utf8.CopyTo(span);
        _data.Advance(size);
    }

    /// <summary>The whole file: header with its CRC, the records, and the file CRC.</summary>
    public byte[] ToArray()
    {
        var dataSize = _data.WrittenCount;
        var file = new byte[HeaderSize + dataSize + 2];
        file[0] = HeaderSize;
        file[1] = ProtocolVersion;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), ProfileVersion);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)dataSize);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), FitCrc.Compute(file.AsSpan(0, 12)));
        _data.WrittenSpan.CopyTo(file.AsSpan(HeaderSize));
        var end = HeaderSize + dataSize;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(end), FitCrc.Compute(file.AsSpan(0, end)));
        return file;
    }
}
