namespace Harrier.Import.Fit;

/// <summary>A developer field as described by a field_description message, with running statistics of its values.</summary>
internal sealed class FitDeveloperField
{
    public FitDeveloperField(string name, string? units, byte baseType, double scale, double offset, int nativeMessage, int nativeField)
    {
        Name = name;
        Units = units;
        BaseType = baseType;
        Scale = scale is > 0 && double.IsFinite(scale) ? scale : 1;
        OffsetValue = double.IsFinite(offset) ? offset : 0;
        NativeMessage = nativeMessage;
        NativeField = nativeField;
    }

    public string Name { get; }

    public string? Units { get; }

    public byte BaseType { get; }

    public double Scale { get; }

    public double OffsetValue { get; }

    /// <summary>The profile message this field belongs to when the developer declared one (native_mesg_num), else -1.</summary>
    public int NativeMessage { get; }

    /// <summary>The profile field this field stands for (native_field_num), else -1.</summary>
    public int NativeField { get; }

    /// <summary>The global message the field was seen in (first seen).</summary>
    public int SeenInMessage { get; set; } = -1;

    public int Count { get; private set; }

    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public double Sum { get; private set; }

    /// <summary>Applies scale and offset to a raw value and folds it into the statistics.</summary>
    public double Accumulate(double raw)
    {
        var value = (raw / Scale) - OffsetValue;
        Count++;
        Sum += value;
        Min = Math.Min(Min, value);
        Max = Math.Max(Max, value);
        return value;
    }
}
