namespace ClinicalPortal.Application.Common.Behaviors;

/// <summary>
/// A request that touches health data or security state. The audit behaviour records one event for
/// every such request, whatever its outcome; the handler adds what it touched through <see cref="AuditScope"/>.
/// </summary>
public interface IAudited
{
    /// <summary>e.g. <c>client.read</c>.</summary>
    static abstract string AuditAction { get; }

    /// <summary>e.g. <c>Client</c>.</summary>
    static abstract string AuditResourceType { get; }

    /// <summary>The HTTP status a success maps to (201 for creations).</summary>
    static virtual int SuccessStatus => 200;

    /// <summary>
    /// True for a command whose handler writes nothing itself: everything it adds is saved by the audit behaviour's
    /// one SaveChanges, a single batch of a few rows that PostgreSQL runs as one implicit transaction (atomic on its
    /// own). The behaviour then opens no explicit transaction, which saves the BEGIN/COMMIT round trip, unless the
    /// handler opens one itself (a transaction lock does). False (the default): one transaction around the handler.
    /// </summary>
    static virtual bool WritesInOneBatch => false;
}
