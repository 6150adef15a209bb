using System.Buffers.Binary;
using System.Text;

namespace Harrier.Fuzz;

/// <summary>
/// Damages a seed the ways real files are damaged and the ways a hostile one is built: bit flips, boundary integers over headers
/// and sizes, cut and repeated chunks, splices of two files, and for XML, extreme numbers, entities, deep nesting, broken encodings.
/// One input is fully determined by the <see cref="Random"/> given, so a finding is reproduced from its number alone.
/// </summary>
public static class Mutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF, 0x20, 0x3C, 0x3E];

    private static readonly long[] InterestingInts =
        [0, 1, -1, 0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x7FFFFFFF, unchecked((int)0x80000000), 0xFFFFFFFF, 0x10000, 4096];

    private static readonly string[] XmlNumbers =
        ["1e308", "-1e308", "NaN", "Infinity", "-0", "99999999999999999999", "0.000000000001", "", "-1", "4294967296", "1.7976931348623157E+309", "٣"];

    private static readonly string[] XmlSnippets =
    [
        "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;", "&a;", "<![CDATA[", "]]>", "<!--", "-->",
        "<trkpt lat=\"91\" lon=\"181\"><time>9999-12-31T23:59:59Z</time></trkpt>", "<Trackpoint><Time>0001-01-01T00:00:00Z</Time></Trackpoint>",
        "<time>not a time</time>", "<ele>1e308</ele>", "<hr>300000</hr>", "<DistanceMeters>-5</DistanceMeters>", "\u0000", "\uFEFF",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<!DOCTYPE x SYSTEM \"file:///etc/passwd\">", "<xi:include href=\"/etc/passwd\"/>",
        "</trkseg><trkseg>", "<Lap StartTime=\"2020-01-01T00:00:00Z\">", "</Lap>", "<extensions><ns3:TPX><ns3:Speed>1e308</ns3:Speed></ns3:TPX></extensions>",
    ];

    /// <summary>A damaged copy of <paramref name="seed"/>, with <paramref name="other"/> available for splicing; at most <paramref name="maxBytes"/>.</summary>
    public static byte[] Mutate(byte[] seed, byte[] other, bool xml, Random random, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(random);
        var data = new List<byte>(seed);
        var steps = 1 + (int)Math.Min(7, -Math.Log2(random.NextDouble() + 1e-9));
        for (var step = 0; step < steps; step++)
        {
            var kinds = xml ? 13 : 11;
            switch (random.Next(kinds))
            {
                case 0 when data.Count > 0:
                    data[random.Next(data.Count)] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[random.Next(data.Count)] = InterestingBytes[random.Next(InterestingBytes.Length)];
                    break;
                case 2 when data.Count > 0:
                    data[random.Next(data.Count)] = (byte)random.Next(256);
                    break;
                case 3 when data.Count >= 4:
                    Integer(data, random.Next(data.Count - 3), random);
                    break;
                case 4 when data.Count > 1:
                    {
                        var start = random.Next(data.Count);
                        data.RemoveRange(start, Math.Min(data.Count - start, 1 + random.Next(Math.Min(1024, data.Count))));
                        break;
                    }

                case 5:
                    data.InsertRange(random.Next(data.Count + 1), Enumerable.Range(0, 1 + random.Next(64)).Select(_ => (byte)random.Next(256)));
                    break;
                case 6 when data.Count > 1:
                    {
                        var start = random.Next(data.Count);
                        var chunk = data.GetRange(start, Math.Min(data.Count - start, 1 + random.Next(4096)));
                        for (var copies = 1 + random.Next(3); copies > 0; copies--)
                        {
                            data.InsertRange(random.Next(data.Count + 1), chunk);
                        }

                        break;
                    }

                case 7:
                    Truncate(data, random);
                    break;
                case 8 when other.Length > 0:
                    {
                        var cut = random.Next(data.Count + 1);
                        var from = random.Next(other.Length);
                        data.RemoveRange(cut, data.Count - cut);
                        data.AddRange(other.AsSpan(from).ToArray());
                        break;
                    }

                case 9 when data.Count >= 4:
                    Headers(data, random);
                    break;
                case 10 when data.Count > 2:
                    {
                        var a = random.Next(data.Count);
                        var b = random.Next(data.Count);
                        (data[a], data[b]) = (data[b], data[a]);
                        break;
                    }

                case 11:
                    Number(data, random);
                    break;
                case 12:
                    Insert(data, Encoding.UTF8.GetBytes(XmlSnippets[random.Next(XmlSnippets.Length)]), random);
                    break;
            }
        }

        if (data.Count > maxBytes)
        {
            data.RemoveRange(maxBytes, data.Count - maxBytes);
        }

        return [.. data];
    }

    private static void Truncate(List<byte> data, Random random)
    {
        if (data.Count > 1)
        {
            var keep = random.Next(data.Count);
            data.RemoveRange(keep, data.Count - keep);
        }
    }

    private static void Integer(List<byte> data, int at, Random random)
    {
        var value = random.Next(4) == 0 ? random.NextInt64() : InterestingInts[random.Next(InterestingInts.Length)];
        Span<byte> bytes = stackalloc byte[4];
        var width = random.Next(2) == 0 ? 2 : 4;
        if (random.Next(2) == 0)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes, unchecked((uint)value));
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes, unchecked((uint)value));
            bytes = bytes[(4 - width)..];
        }

        for (var i = 0; i < width && at + i < data.Count; i++)
        {
            data[at + i] = bytes[i];
        }
    }

    /// <summary>Boundary integers over the fields after a zip or gzip signature, or a FIT header's sizes.</summary>
    private static void Headers(List<byte> data, Random random)
    {
        var signatures = new List<int>();
        for (var i = 0; i + 3 < data.Count && signatures.Count < 64; i++)
        {
            if ((data[i] == 0x50 && data[i + 1] == 0x4B) || (data[i] == 0x1F && data[i + 1] == 0x8B))
            {
                signatures.Add(i);
            }
        }

        var at = signatures.Count > 0 ? signatures[random.Next(signatures.Count)] + random.Next(4, 46) : random.Next(Math.Min(14, data.Count - 3));
        Integer(data, Math.Min(at, data.Count - 4), random);
    }

    /// <summary>A run of digits replaced by an extreme or malformed number.</summary>
    private static void Number(List<byte> data, Random random)
    {
        if (data.Count == 0)
        {
            return;
        }

        for (var tries = 0; tries < 16; tries++)
        {
            var at = random.Next(data.Count);
            if (data[at] is < (byte)'0' or > (byte)'9')
            {
                continue;
            }

            var start = at;
            while (start > 0 && data[start - 1] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-')
            {
                start--;
            }

            var end = at;
            while (end < data.Count && data[end] is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'e' or (byte)'E')
            {
                end++;
            }

            data.RemoveRange(start, end - start);
            data.InsertRange(start, Encoding.UTF8.GetBytes(XmlNumbers[random.Next(XmlNumbers.Length)]));
            return;
        }
    }

    /// <summary>Inserts <paramref name="snippet"/> at a tag boundary when one is found, else anywhere.</summary>
    private static void Insert(List<byte> data, byte[] snippet, Random random)
    {
        var at = random.Next(data.Count + 1);
        for (var i = at; i < data.Count && i < at + 512; i++)
        {
            if (data[i] == (byte)'<')
            {
                at = i;
                break;
            }
        }

        var copies = random.Next(8) == 0 ? 1 + random.Next(64) : 1;
        for (var c = 0; c < copies; c++)
        {
            data.InsertRange(at, snippet);
        }
    }
}
