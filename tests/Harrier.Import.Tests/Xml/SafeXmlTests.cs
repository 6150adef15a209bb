using System.Globalization;
using Harrier.Import.Xml;

namespace Harrier.Import.Tests.Xml;

public sealed class SafeXmlTests
{
    [Theory]
    [InlineData("46.0531470")]
    [InlineData("-0.1")]
    [InlineData("14.365817")]
    [InlineData("123456789012345")]
    [InlineData("0.000000000000001")]
    [InlineData("1234567890123456789")] // too many digits: slow path
    [InlineData("1.5e3")]
    [InlineData(" 7.25 ")]
    [InlineData("-0")]
    public void Number_Decimal_MatchesDoubleParse(string text)
    {
        Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), SafeXml.Number(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1,5")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("1e999")]
    public void Number_NotAFiniteNumber_IsNaN(string text)
    {
        Assert.True(double.IsNaN(SafeXml.Number(text)));
    }

    [Theory]
    [InlineData("2024-05-01T06:00:00Z", "2024-05-01T06:00:00.0000000Z")]
    [InlineData("2024-05-01T06:00:00.5Z", "2024-05-01T06:00:00.5000000Z")]
    [InlineData("1901-12-13T20:45:52.2073437Z", "1901-12-13T20:45:52.2073437Z")]
    [InlineData("2024-05-01T08:00:00+02:00", "2024-05-01T06:00:00.0000000Z")]
    [InlineData("2024-05-01T06:00:00", "2024-05-01T06:00:00.0000000Z")]
    [InlineData("2024-02-30T06:00:00Z", "0001-01-01T00:00:00.0000000")]
    [InlineData("yesterday", "0001-01-01T00:00:00.0000000")]
    [InlineData("2010-08-05T1x:23:59Z", "0001-01-01T00:00:00.0000000")]
    [InlineData("2010-08-05T14:2-:59Z", "0001-01-01T00:00:00.0000000")]
    [InlineData("2010-08-05T14:23:-9Z", "0001-01-01T00:00:00.0000000")]
    [InlineData("2010-0x-05T14:23:59Z", "0001-01-01T00:00:00.0000000")]
    public void Time_Iso8601_IsUtc(string text, string expected)
    {
        Assert.Equal(expected, SafeXml.Time(text).ToString("O", CultureInfo.InvariantCulture));
    }
}
