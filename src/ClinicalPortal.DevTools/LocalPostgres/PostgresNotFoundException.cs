namespace ClinicalPortal.DevTools.LocalPostgres;

/// <summary>No PostgreSQL server binaries (initdb, pg_ctl, postgres) could be found on this machine.</summary>
public sealed class PostgresNotFoundException : Exception
{
    public const string HowToInstall =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found. Install them: " +
        "`sudo apt-get install -y postgresql` (Debian/Ubuntu), `brew install postgresql@16` (macOS), " +
        "or point PG_BIN at a folder holding them; or run `docker compose up -d postgres` and set " +
        "ConnectionStrings__Portal to that server's connection string.";

    public PostgresNotFoundException()
        : base(HowToInstall)
    {
    }

    public PostgresNotFoundException(string message)
        : base(message)
    {
    }

    public PostgresNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
