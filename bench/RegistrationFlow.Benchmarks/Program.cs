using BenchmarkDotNet.Running;

namespace RegistrationFlow.Benchmarks;

public static class Program
{
    /// <summary>dotnet run -c Release --project bench/RegistrationFlow.Benchmarks -- --filter '*'</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
