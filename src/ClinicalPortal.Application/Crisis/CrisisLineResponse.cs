using ClinicalPortal.Domain.Crisis;

namespace ClinicalPortal.Application.Crisis;

/// <summary>One contact: its name, what to do, the URI a phone opens (tel:, sms:), and its kind (Emergency, CrisisLine, TextLine, HealthAdvice, Local).</summary>
public sealed record CrisisLineResponse(string Name, string Instruction, string Contact, string Kind)
{
    public static CrisisLineResponse From(CrisisLine line) => new(line.Name, line.Instruction, line.Contact, line.Kind.ToString());
}
