namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>Where a request came from and why: the parts of an audit record that are not the caller.</summary>
public interface IRequestContext
{
    string? IpAddress { get; }
    string? RequestId { get; }
    /// <summary>Purpose of use (an HL7 v3 PurposeOfUse code such as TREAT), when the caller gives one.</summary>
    string? Purpose { get; }
}
