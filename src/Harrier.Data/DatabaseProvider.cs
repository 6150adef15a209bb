namespace Harrier.Data;

/// <summary>The database Harrier stores its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file in the data folder: the default, for one machine.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server, for a club or business running several web nodes.</summary>
    Postgres = 1,
}
