using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> b)
    {
        b.ToTable("audit_chain_heads");
        b.HasKey(h => h.ChainId);
        // Guid.Empty is a real key here (the chain of events with no organisation), not "unset".
        b.Property(h => h.ChainId).ValueGeneratedNever();
        b.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
    }
}
