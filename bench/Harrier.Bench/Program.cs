using BenchmarkDotNet.Running;
using Harrier.Bench;

// "quick" prints MB/s and bytes allocated per input byte from plain timed loops (about a minute, no BenchmarkDotNet),
// with a breakdown (CRC alone, bare XmlReader, parse alone, metrics alone). Anything else goes to BenchmarkDotNet,
// e.g. --filter '*' --inProcess --artifacts /tmp/harrier-bench (see docs/PERFORMANCE.md).
if (args is ["quick", ..])
{
    QuickRun.Fit();
    QuickRun.Xml();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FitDecodeBenchmark).Assembly).Run(args);
