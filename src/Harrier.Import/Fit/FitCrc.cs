namespace Harrier.Import.Fit;

/// <summary>The FIT CRC-16 over a byte span.</summary>
/// <remarks>
/// The FIT protocol's CRC is processed a nibble at a time with a 16-entry table (0x0000, 0xCC01, 0xD801, …); that is the
/// reflected CRC-16 with polynomial 0x8005 and initial value 0 ("CRC-16/ARC", check value 0xBB3D). We compute the same
/// value eight bytes at a time with eight 256-entry tables ("slicing by 8", Kounavis and Berry, Intel 2005): table k
/// holds a byte's contribution after k further zero bytes, so eight lookups replace eight dependent steps.
/// </remarks>
internal static class FitCrc
{
    private static readonly ushort[] Tables = BuildTables();

    public static ushort Compute(ReadOnlySpan<byte> data, ushort crc = 0)
    {
        var t = Tables;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
        {
            var x = crc ^ (data[i] | (data[i + 1] << 8));
            crc = (ushort)(t[(7 * 256) + (x & 0xFF)] ^ t[(6 * 256) + (x >> 8)] ^ t[(5 * 256) + data[i + 2]] ^ t[(4 * 256) + data[i + 3]]
                ^ t[(3 * 256) + data[i + 4]] ^ t[(2 * 256) + data[i + 5]] ^ t[256 + data[i + 6]] ^ t[data[i + 7]]);
        }

        for (; i < data.Length; i++)
        {
            crc = (ushort)((crc >> 8) ^ t[(crc ^ data[i]) & 0xFF]);
        }

        return crc;
    }

    private static ushort[] BuildTables()
    {
        var t = new ushort[8 * 256];
        for (var n = 0; n < 256; n++)
        {
            var c = (ushort)n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? (ushort)((c >> 1) ^ 0xA001) : (ushort)(c >> 1);
            }

            t[n] = c;
        }

        for (var k = 1; k < 8; k++)
        {
            for (var n = 0; n < 256; n++)
            {
                var previous = t[((k - 1) * 256) + n];
                t[(k * 256) + n] = (ushort)((previous >> 8) ^ t[previous & 0xFF]);
            }
        }

        return t;
    }
}
