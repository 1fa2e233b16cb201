using BenchmarkDotNet.Running;

using BlogGen.Benchmarks;
using BlogGen.Benchmarks.ServeLatency;

if (args is ["serve-latency", .. var rest])
{
    return ServeLatencyCommand.Run(rest);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(RepositoryFiles).Assembly).Run(args, BenchmarkSettings.Config);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
