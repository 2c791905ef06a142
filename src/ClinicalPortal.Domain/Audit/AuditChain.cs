using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClinicalPortal.Domain.Audit;

/// <summary>
/// The tamper-evidence rule: each sealed event's hash covers its own fields, its position in its
/// organisation's chain and the previous event's hash, so changing, removing or reordering any sealed
/// event breaks every hash after it.
/// </summary>
public static class AuditChain
{
    /// <summary>The hash that precedes the first event of every chain.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(AuditEvent e, long sequence, string previousHash)
    {
        var sb = new StringBuilder(512);
        Append(sb, "v1");
        Append(sb, sequence.ToString(CultureInfo.InvariantCulture));
        Append(sb, previousHash);
        Append(sb, e.Id.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.OrganizationId?.Value.ToString());
        Append(sb, e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.ActorUserId?.Value.ToString());
        Append(sb, e.ActorClientApp);
        Append(sb, e.Action);
        Append(sb, e.ResourceType);
        Append(sb, e.ResourceId);
        Append(sb, e.SubjectClientId?.Value.ToString());
        Append(sb, e.IpAddress);
        Append(sb, e.RequestId);
        Append(sb, ((int)e.Outcome).ToString(CultureInfo.InvariantCulture));
        Append(sb, e.StatusCode?.ToString(CultureInfo.InvariantCulture));
        Append(sb, e.Purpose);
        Append(sb, e.Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Length-prefixed fields: no value can be confused with a field boundary, and null differs from empty.</summary>
    private static void Append(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append("-1:;");
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
