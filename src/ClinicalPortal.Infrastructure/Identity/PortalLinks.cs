using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Common;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Identity;

/// <summary>Links on <c>Portal:PublicBaseUrl</c> (the address people use; never the request's Host header).</summary>
public sealed class PortalLinks(IOptions<PortalOptions> options) : IPortalLinks
{
    public Uri Alert(AlertId id) => new(options.Value.RequiredPublicBaseUrl, $"alerts/{id}");

    public Uri Home() => options.Value.RequiredPublicBaseUrl;
}
