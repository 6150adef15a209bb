using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Harrier.Bench;

/// <summary>Adds "MB/s" and "Alloc B/input B" columns, from the mean time, the allocations and the bytes one operation reads.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ThroughputColumnsAttribute : Attribute, IConfigSource
{
    public ThroughputColumnsAttribute() => Config = ManualConfig.CreateEmpty().AddColumn(new ThroughputColumn(false), new ThroughputColumn(true));

    public IConfig Config { get; }
}

/// <summary>One of the two derived columns.</summary>
internal sealed class ThroughputColumn(bool allocation) : IColumn
{
    public string Id => allocation ? "AllocPerInputByte" : "Throughput";

    public string ColumnName => allocation ? "Alloc B/input B" : "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation ? "Bytes allocated per input byte" : "Input megabytes (10^6 bytes) per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var bytes = BenchCorpus.BytesPerOperation(benchmarkCase.Descriptor.WorkloadMethod.Name);
        if (report?.ResultStatistics is not { } statistics || bytes == 0)
        {
            return "-";
        }

        if (allocation)
        {
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) ?? 0;
            return ((double)allocated / bytes).ToString("F4", System.Globalization.CultureInfo.InvariantCulture);
        }

        return (bytes / 1e6 / (statistics.Mean / 1e9)).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
