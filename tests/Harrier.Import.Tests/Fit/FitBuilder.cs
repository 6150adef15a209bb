using System.Buffers.Binary;
using Harrier.Import.Fit;

namespace Harrier.Import.Tests.Fit;

/// <summary>Writes small FIT files for protocol tests: header with CRC, definition and data messages, file CRC.</summary>
internal sealed class FitBuilder
{
    public const byte BtEnum = 0x00, BtSInt8 = 0x01, BtUInt8 = 0x02, BtSInt16 = 0x83, BtUInt16 = 0x84, BtSInt32 = 0x85, BtUInt32 = 0x86;
    public const byte BtString = 0x07, BtFloat32 = 0x88, BtUInt8z = 0x0A, BtUInt32z = 0x8C, BtByte = 0x0D;

    private readonly List<byte> _data = [];

    public FitBuilder Definition(int local, int global, bool bigEndian, params (int Number, int Size, byte BaseType)[] fields) =>
        Definition(local, global, bigEndian, fields, []);

    public FitBuilder Definition(int local, int global, bool bigEndian, (int Number, int Size, byte BaseType)[] fields, (int Number, int Size, int Index)[] developer)
    {
        _data.Add((byte)(0x40 | (developer.Length > 0 ? 0x20 : 0) | local));
        _data.Add(0);
        _data.Add(bigEndian ? (byte)1 : (byte)0);
        _data.Add(bigEndian ? (byte)(global >> 8) : (byte)global);
        _data.Add(bigEndian ? (byte)global : (byte)(global >> 8));
        _data.Add((byte)fields.Length);
        foreach (var (number, size, baseType) in fields)
        {
            _data.AddRange([(byte)number, (byte)size, baseType]);
        }

        if (developer.Length > 0)
        {
            _data.Add((byte)developer.Length);
            foreach (var (number, size, index) in developer)
            {
                _data.AddRange([(byte)number, (byte)size, (byte)index]);
            }
        }

        return this;
    }

    public FitBuilder Data(int local, params byte[][] fields)
    {
        _data.Add((byte)local);
        foreach (var field in fields)
        {
            _data.AddRange(field);
        }

        return this;
    }

    public FitBuilder CompressedData(int local, int secondsLowBits, params byte[][] fields)
    {
        _data.Add((byte)(0x80 | (local << 5) | (secondsLowBits & 0x1F)));
        foreach (var field in fields)
        {
            _data.AddRange(field);
        }

        return this;
    }

    public FitBuilder Raw(params byte[] bytes)
    {
        _data.AddRange(bytes);
        return this;
    }

    public byte[] Build(bool headerCrc = true)
    {
        var file = new byte[14 + _data.Count + 2];
        file[0] = 14;
        file[1] = 0x20;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(2), 2132);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)_data.Count);
        ".FIT"u8.CopyTo(file.AsSpan(8));
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(12), headerCrc ? FitCrc.Compute(file.AsSpan(0, 12)) : (ushort)0);
        _data.CopyTo(file, 14);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(file.Length - 2), FitCrc.Compute(file.AsSpan(0, file.Length - 2)));
        return file;
    }

    public static byte[] U8(int v) => [(byte)v];

    public static byte[] U16(int v, bool bigEndian = false)
    {
        var b = new byte[2];
        if (bigEndian) { BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); } else { BinaryPrimitives.WriteUInt16LittleEndian(b, (ushort)v); }
        return b;
    }

    public static byte[] U32(long v, bool bigEndian = false)
    {
        var b = new byte[4];
        if (bigEndian) { BinaryPrimitives.WriteUInt32BigEndian(b, (uint)v); } else { BinaryPrimitives.WriteUInt32LittleEndian(b, (uint)v); }
        return b;
    }

    public static byte[] S32(int v, bool bigEndian = false) => U32(unchecked((uint)v), bigEndian);

    public static byte[] Text(string s, int size)
    {
        var b = new byte[size];
        System.Text.Encoding.UTF8.GetBytes(s).AsSpan(0, Math.Min(size - 1, s.Length)).CopyTo(b);
        return b;
    }

    /// <summary>Semicircles for a latitude or longitude in degrees.</summary>
    public static int Semicircles(double degrees) => (int)Math.Round(degrees * 2147483648.0 / 180);
}
