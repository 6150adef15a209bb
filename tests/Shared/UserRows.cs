using Microsoft.EntityFrameworkCore;
using Harrier.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Harrier.Tests;

/// <summary>Finds an account's id anywhere in the database: every text column of every table the model maps, whatever its name.</summary>
internal static class UserRows
{
    /// <summary>"table.column: n" for each column holding <paramref name="userId"/>; empty when the id is nowhere.</summary>
    public static async Task<List<string>> WhereAsync(HarrierDbContext db, string userId)
    {
        var found = new List<string>();
        foreach (var (table, column) in TextColumns(db.Model))
        {
            var count = await CountAsync(db, table, column, userId);
            if (count > 0)
            {
                found.Add($"{table}.{column}: {count}");
            }
        }

        return found;
    }

    /// <summary>
    /// Each foreign key to the accounts table as "table.column", with whether <paramref name="userIds"/> have a row there: a
    /// seeded world that misses one would let a deletion test pass without trying that table.
    /// </summary>
    public static async Task<List<string>> UnseededAsync(HarrierDbContext db, params string[] userIds)
    {
        var missing = new List<string>();
        var users = db.Model.FindEntityType(typeof(HarrierUser))!;
        foreach (var key in db.Model.GetEntityTypes().SelectMany(t => t.GetForeignKeys()).Where(k => k.PrincipalEntityType == users))
        {
            var table = key.DeclaringEntityType.GetTableName()!;
            var column = key.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, key.DeclaringEntityType.GetSchema()))!;
            var any = false;
            foreach (var id in userIds)
            {
                any |= await CountAsync(db, table, column, id) > 0;
            }

            if (!any)
            {
                missing.Add($"{table}.{column}");
            }
        }

        return missing;
    }

    /// <summary>Rows of <paramref name="table"/> whose <paramref name="column"/> holds <paramref name="id"/> (names come from the model, the id is a parameter).</summary>
    private static Task<int> CountAsync(HarrierDbContext db, string table, string column, string id)
    {
        var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" = {0}";
        return db.Database.SqlQueryRaw<int>(sql, id).SingleAsync();
    }

    private static IEnumerable<(string Table, string Column)> TextColumns(IModel model) =>
        model.GetEntityTypes().Where(t => t.GetTableName() is not null).SelectMany(t =>
        {
            var table = StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema());
            return t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetValueConverter() is null)
                .Select(p => (table.Name, p.GetColumnName(table)!));
        }).Distinct();
}
