using ClinicalPortal.Application.Common.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Audit;

public sealed class AuditOptions
{
    /// <summary>How often new audit events are sealed into their hash chain.</summary>
    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(2);
}
