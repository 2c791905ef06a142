using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>The end of one organisation's audit chain (organisation id <see cref="Guid.Empty"/>: events with none).</summary>
public sealed class AuditChainHead
{
    public Guid ChainId { get; set; }
    public long LastSequence { get; set; }
    public string LastHash { get; set; } = AuditChain.GenesisHash;
    public DateTimeOffset UpdatedAt { get; set; }
}
