using System.Text;

namespace Harrier.Import.Sources;

/// <summary>Reads comma-separated values as RFC 4180 writes them: quoted fields may hold commas, quotes ("") and line breaks.</summary>
internal static class Csv
{
    /// <summary>The rows of <paramref name="reader"/>, each an array of fields; CRLF and LF both end a row outside quotes.</summary>
    public static IEnumerable<string[]> Rows(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var pending = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            pending = true;
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    yield return [.. row];
                    row.Clear();
                    pending = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (pending || quoted)
        {
            row.Add(field.ToString());
            yield return [.. row];
        }
    }
}
