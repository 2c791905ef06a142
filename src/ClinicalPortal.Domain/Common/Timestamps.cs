namespace ClinicalPortal.Domain.Common;

public static class Timestamps
{
    /// <summary>
    /// UTC, whole microseconds: what PostgreSQL's timestamptz keeps. A record's time is cut to this when it is
    /// made, so the value a response shows, the value hashed and the value read back later are one value.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % 10), TimeSpan.Zero);
}
