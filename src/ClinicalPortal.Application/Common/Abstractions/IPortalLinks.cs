using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Links into the portal for e-mails, built on the configured public address (never the request's host).</summary>
public interface IPortalLinks
{
    /// <summary>The page of one alert (sign-in first; the e-mail itself carries no client details).</summary>
    Uri Alert(AlertId id);

    /// <summary>The portal's front page (sign-in first), for messages to clients.</summary>
    Uri Home();
}
