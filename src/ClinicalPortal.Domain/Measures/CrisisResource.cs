namespace ClinicalPortal.Domain.Measures;

public sealed record CrisisResource(string Name, string Instruction, string Contact);
