using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicalPortal.Infrastructure.Persistence.Configurations;

internal sealed class CaringContactConfiguration : IEntityTypeConfiguration<CaringContact>
{
    public void Configure(EntityTypeBuilder<CaringContact> b)
    {
        b.ToTable("caring_contacts");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.Answer).HasConversion<string>().HasMaxLength(8);
        b.HasOne<Alert>().WithMany().HasForeignKey(c => c.AlertId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Alert>().WithMany().HasForeignKey(c => c.RaisedAlertId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.AlertId);
        // What a client's home asks for: their check-ins not answered yet.
        b.HasIndex(c => new { c.ClientId, c.DueAt }).HasFilter("answer IS NULL").HasDatabaseName("ix_caring_contacts_open");
    }
}
