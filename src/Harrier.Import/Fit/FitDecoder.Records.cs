using System.Buffers.Binary;

namespace Harrier.Import.Fit;

public sealed partial class FitDecoder
{
    private const ulong TimestampBit = 1UL << FitProfile.TimestampSlot;

    /// <summary>Walks the records of one file's data section.</summary>
    private void DecodeRecords(ReadOnlySpan<byte> data, long at)
    {
        var p = 0;
        while (p < data.Length)
        {
            int header = data[p++];
            FitDefinition definition;
            var compressed = false;
            if ((header & 0x80) != 0)
            {
                // Compressed timestamp header: local type in bits 5-6, seconds (mod 32) in bits 0-4.
                definition = _definitions[(header >> 5) & 0x3];
                var offset = (uint)(header & 0x1F);
                _lastTimestamp += (offset - _lastTimestamp) & 0x1F;
                compressed = true;
            }
            else if ((header & 0x40) != 0)
            {
                var used = ReadDefinition(data[p..], header, at + p - 1);
                if (used < 0)
                {
                    return;
                }

                p += used;
                continue;
            }
            else
            {
                definition = _definitions[header & 0x0F];
            }

            if (!definition.Defined)
            {
                AddIssue("A data message uses an undefined local message type; the rest of the file was ignored", at + p - 1);
                return;
            }

            if (definition.Size > data.Length - p)
            {
                Truncated = true;
                AddIssue("The file ends inside a data message; the incomplete message was ignored", at + p - 1);
                return;
            }

            if ((MessageCount & 0xFFF) == 0)
            {
                _cancellation.ThrowIfCancellationRequested();
            }

            DecodeData(definition, data.Slice(p, definition.Size), compressed);
            p += definition.Size;
        }
    }

    /// <summary>Reads a definition message; returns its size (after the header byte) or -1 when the file cannot continue.</summary>
    private int ReadDefinition(ReadOnlySpan<byte> d, int header, long at)
    {
        var hasDeveloper = (header & 0x20) != 0;
        if (d.Length < 5 || d[1] > 1)
        {
            Truncated |= d.Length < 5;
            AddIssue(d.Length < 5
                ? "The file ends inside a definition message"
                : "A definition message has an invalid architecture byte; the rest of the file was ignored", at);
            return -1;
        }

        var bigEndian = d[1] == 1;
        int global = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(d[2..]) : BinaryPrimitives.ReadUInt16LittleEndian(d[2..]);
        var fieldsEnd = 5 + (3 * d[4]);
        var total = fieldsEnd + (hasDeveloper && d.Length > fieldsEnd ? 1 + (3 * d[fieldsEnd]) : hasDeveloper ? 1 : 0);
        if (d.Length < total)
        {
            Truncated = true;
            AddIssue("The file ends inside a definition message", at);
            return -1;
        }

        var definition = _definitions[header & 0x0F];
        definition.Reset(bigEndian, global);
        var offset = 0;
        for (var i = 5; i < fieldsEnd; i += 3)
        {
            AddField(definition, d[i], d[i + 1], d[i + 2], offset);
            offset += d[i + 1];
        }

        for (var i = fieldsEnd + 1; i < total; i += 3)
        {
            AddDeveloperField(definition, d[i], d[i + 1], d[i + 2], offset);
            offset += d[i + 1];
        }

        definition.Size = offset;
        return total;
    }

    private static void AddField(FitDefinition definition, int number, int size, byte baseType, int offset)
    {
        var slot = FitProfile.SlotOf(definition.Kind, number);
        if (slot == 0 || size == 0)
        {
            return;
        }

        var raw = FitProfile.IsRaw(definition.Kind, number);
        var elementSize = FitBaseType.SizeOf(baseType);
        if (!raw && (elementSize == 0 || size % elementSize != 0))
        {
            return; // The protocol says to treat such a field as bytes; Harrier has no use for it then.
        }

        definition.HasTimestamp |= number == FitProfile.TimestampField;
        definition.Add(new FitFieldOp { Offset = offset, Size = size, BaseType = baseType, Slot = (byte)slot, Raw = raw });
    }

    private void AddDeveloperField(FitDefinition definition, int number, int size, int developerIndex, int offset)
    {
        if (!_developerFields.TryGetValue((developerIndex << 8) | number, out var field))
        {
            return; // Not described by a field_description: skipped by its size.
        }

        var elementSize = FitBaseType.SizeOf(field.BaseType);
        if (elementSize == 0 || size < elementSize || field.BaseType == FitBaseType.String)
        {
            return;
        }

        if (field.SeenInMessage < 0)
        {
            field.SeenInMessage = definition.GlobalMessage;
        }

        var nativeSlot = definition.Kind == FitMessageKind.Record && field.NativeMessage == 20
            && field.NativeField is RecordFields.HeartRate or RecordFields.Cadence or RecordFields.Power
            ? FitProfile.SlotOf(FitMessageKind.Record, field.NativeField)
            : 0;
        definition.Add(new FitFieldOp { Offset = offset, Size = size, BaseType = field.BaseType, Slot = (byte)nativeSlot, Developer = field });
    }

    /// <summary>Decodes one data message into the value slots and hands it to the collector.</summary>
    private void DecodeData(FitDefinition definition, ReadOnlySpan<byte> message, bool compressed)
    {
        MessageCount++;
        var values = _values;
        values.Present = 0;
        var ops = definition.Ops;
        var bigEndian = definition.BigEndian;
        for (var i = 0; i < definition.OpCount; i++)
        {
            ref readonly var op = ref ops[i];
            if (op.Developer is not null)
            {
                DecodeDeveloperField(op, message, bigEndian);
            }
            else if (op.Raw)
            {
                values.RawOffset[op.Slot] = op.Offset;
                values.RawSize[op.Slot] = op.Size;
                values.Present |= 1UL << op.Slot;
            }
            else
            {
                var value = FitBaseType.Read(message[op.Offset..], op.BaseType, bigEndian);
                if (!double.IsNaN(value))
                {
                    values.Values[op.Slot] = value;
                    values.Present |= 1UL << op.Slot;
                }
            }
        }

        if ((values.Present & TimestampBit) != 0)
        {
            _lastTimestamp = (uint)values.Values[FitProfile.TimestampSlot];
        }
        else if (compressed)
        {
            values.Set(FitProfile.TimestampSlot, _lastTimestamp);
        }

        if (definition.Kind != FitMessageKind.Other)
        {
            Dispatch(definition.Kind, message);
        }
    }

    private void DecodeDeveloperField(in FitFieldOp op, ReadOnlySpan<byte> message, bool bigEndian)
    {
        var raw = FitBaseType.Read(message[op.Offset..], op.BaseType, bigEndian);
        if (double.IsNaN(raw))
        {
            return;
        }

        var value = op.Developer!.Accumulate(raw);
        if (op.Slot != 0 && !_values.Has(op.Slot) && value is >= 0 and <= ushort.MaxValue)
        {
            _values.Set(op.Slot, value);
        }
    }

    private void Dispatch(FitMessageKind kind, ReadOnlySpan<byte> message)
    {
        switch (kind)
        {
            case FitMessageKind.Record:
                _collector.OnRecord(_values, message);
                break;
            case FitMessageKind.FieldDescription:
                OnFieldDescription(message);
                break;
            default:
                _collector.OnMessage(kind, _values, message);
                break;
        }
    }

    private void OnFieldDescription(ReadOnlySpan<byte> message)
    {
        var v = _values;
        var index = v.Get(FitProfile.SlotOf(FitMessageKind.FieldDescription, FieldDescriptionFields.DeveloperDataIndex));
        var number = v.Get(FitProfile.SlotOf(FitMessageKind.FieldDescription, FieldDescriptionFields.FieldDefinitionNumber));
        var baseType = v.Get(FitProfile.SlotOf(FitMessageKind.FieldDescription, FieldDescriptionFields.BaseType));
        if (double.IsNaN(index) || double.IsNaN(number) || double.IsNaN(baseType))
        {
            return;
        }

        int Slot(int field) => FitProfile.SlotOf(FitMessageKind.FieldDescription, field);
        var name = FitBaseType.ReadString(v.Raw(message, Slot(FieldDescriptionFields.FieldName))) ?? "unnamed";
        var units = FitBaseType.ReadString(v.Raw(message, Slot(FieldDescriptionFields.Units)));
        var scale = v.Get(Slot(FieldDescriptionFields.Scale));
        var offset = v.Get(Slot(FieldDescriptionFields.Offset));
        var nativeMessage = v.Get(Slot(FieldDescriptionFields.NativeMessage));
        var nativeField = v.Get(Slot(FieldDescriptionFields.NativeField));
        var field = new FitDeveloperField(
            name, units, (byte)baseType, double.IsNaN(scale) ? 1 : scale, double.IsNaN(offset) ? 0 : offset,
            double.IsNaN(nativeMessage) ? -1 : (int)nativeMessage, double.IsNaN(nativeField) ? -1 : (int)nativeField);
        _developerFields[((int)index << 8) | (int)number] = field;
        _collector.OnDeveloperField(field);
    }
}
