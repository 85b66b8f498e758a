using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace RegistrationFlow.Infrastructure.Persistence;

/// <summary>
/// Runs one parameterised statement on the context's connection inside its current transaction, straight through
/// ADO.NET. For the few fixed statements every action runs (counters, the audit chain head): EF Core's query pipeline
/// would build, hash and look up an expression tree for each of them every time.
/// </summary>
internal static class DirectCommands
{
    /// <summary>The first column of the first row, or null when there is no row.</summary>
    public static async Task<object?> ScalarAsync(DbContext db, string sql, IReadOnlyList<object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = Create(db, sql, parameters);
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is DBNull ? null : result;
    }

    /// <summary>How many rows the statement changed.</summary>
    public static async Task<int> ExecuteAsync(DbContext db, string sql, IReadOnlyList<object?> parameters, CancellationToken cancellationToken)
    {
        await using var command = Create(db, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Parameters are named <c>@p0</c>, <c>@p1</c>, … in the order given.</summary>
    public static string Parameter(int index) => $"@p{index}";

    private static DbCommand Create(DbContext db, string sql, IReadOnlyList<object?> parameters)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A direct command runs only inside the caller's transaction.");
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameters.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = Parameter(i);
            parameter.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
