using System.Reflection;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static AuditEvent Event(string action = "client.read", string? details = null)
    {
        var e = AuditEvent.Record(new AuditEntry
        {
            Action = action, Outcome = AuditOutcome.Success, OrganizationId = new OrganizationId(Guid.Parse("01a2142d-ab39-7247-9a9e-800f9b434d3a")),
            ActorUserId = new UserId(Guid.Parse("01a2142d-ac54-7cee-bdd7-56b74c42aded")), StatusCode = 200, Details = details,
        }, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        typeof(AuditEvent).GetProperty(nameof(AuditEvent.Id))!.SetValue(e, 42L);
        return e;
    }

    /// <summary>
    /// Known answer, computed outside .NET (python3 hashlib and sha256sum agree) as the SHA-256 of the UTF-8,
    /// length-prefixed canonical string of <see cref="Event"/> at sequence 1 after the genesis hash (field order
    /// of <see cref="AuditChain.ComputeHash"/>; null is "-1:;"; 639312048000000000 = UtcTicks of 2026-11-25 12:00:00Z):
    /// <c>2:v1;1:1;64:0000000000000000000000000000000000000000000000000000000000000000;2:42;36:01a2142d-ab39-7247-9a9e-800f9b434d3a;18:639312048000000000;36:01a2142d-ac54-7cee-bdd7-56b74c42aded;-1:;11:client.read;-1:;-1:;-1:;-1:;-1:;1:0;3:200;-1:;-1:;</c>.
    /// Any change to the canonical form breaks every stored chain, so it must fail here.
    /// </summary>
    [Fact]
    public void Hash_MatchesKnownAnswer_ForTheCanonicalString() =>
        Assert.Equal("6cc4cc3d60b190363e14f9f469582386092ff68e91bb2b6fb759385515045d91",
            AuditChain.ComputeHash(Event(), 1, AuditChain.GenesisHash));

    [Fact]
    public void Hash_ChangesWithContent_Position_AndPredecessor()
    {
        var baseline = AuditChain.ComputeHash(Event(), 1, AuditChain.GenesisHash);
        Assert.NotEqual(baseline, AuditChain.ComputeHash(Event("client.list"), 1, AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.ComputeHash(Event(), 2, AuditChain.GenesisHash));
        Assert.NotEqual(baseline, AuditChain.ComputeHash(Event(), 1, new string('1', 64)));
    }

    [Fact]
    public void Hash_DistinguishesNullFromEmpty_AndFieldBoundaries()
    {
        Assert.NotEqual(AuditChain.ComputeHash(Event(details: null), 1, AuditChain.GenesisHash),
            AuditChain.ComputeHash(Event(details: ""), 1, AuditChain.GenesisHash));
        Assert.NotEqual(AuditChain.ComputeHash(Event("ab", "c"), 1, AuditChain.GenesisHash),
            AuditChain.ComputeHash(Event("a", "bc"), 1, AuditChain.GenesisHash));
    }

    [Fact]
    public void Record_TruncatesTimeToMicroseconds_AndLongFields()
    {
        var e = AuditEvent.Record(new AuditEntry { Action = "x", Outcome = AuditOutcome.Denied, IpAddress = new string('9', 100) },
            new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(7));
        Assert.Equal(0, e.OccurredAt.UtcTicks % 10);
        Assert.Equal(64, e.IpAddress!.Length);
    }
}
