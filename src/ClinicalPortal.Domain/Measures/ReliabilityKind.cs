namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// Which reliability coefficient a Jacobson-Truax criterion uses. Reliable change is about the same person measured twice,
/// so it needs test-retest reliability: in Jacobson NS, Truax P. Clinical significance: a statistical approach to
/// defining meaningful change in psychotherapy research. J Consult Clin Psychol. 1991;59(1):12-19, SE = S1 * sqrt(1 - r_xx)
/// with r_xx the test-retest reliability of the measure. A criterion built on internal consistency (Cronbach's alpha) is
/// never verified.
/// </summary>
public enum ReliabilityKind
{
    TestRetest = 0,
    InternalConsistency = 1,
}
