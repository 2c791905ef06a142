using Microsoft.Extensions.Logging;

namespace ClinicalPortal.Testing;

/// <summary>Writes warnings and errors to standard error (test output), drops the rest.</summary>
internal sealed class StandardErrorLogger : ILogger
{
    public static readonly StandardErrorLogger Instance = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Console.Error.WriteLine($"[TestDatabase] {logLevel}: {formatter(state, exception)}");
        }
    }
}
