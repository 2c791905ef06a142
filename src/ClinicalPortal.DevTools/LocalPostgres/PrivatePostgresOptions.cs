namespace ClinicalPortal.DevTools.LocalPostgres;

/// <summary>Where and how to run a private PostgreSQL cluster (development and tests).</summary>
public sealed record PrivatePostgresOptions
{
    /// <summary>The cluster lives here: created (initdb) if missing, reused if present.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>
    /// TCP port on 127.0.0.1. If it is taken by something that is not this cluster, a free port is
    /// picked and a warning is logged. 0 means "any free port" (no warning).
    /// </summary>
    public int Port { get; init; } = 55432;

    /// <summary>The application database, created if missing.</summary>
    public string Database { get; init; } = "clinicalportal";

    /// <summary>false => fsync=off, synchronous_commit=off, full_page_writes=off. Tests only.</summary>
    public bool Durable { get; init; } = true;
}
