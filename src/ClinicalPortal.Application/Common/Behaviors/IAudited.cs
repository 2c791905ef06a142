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
}
