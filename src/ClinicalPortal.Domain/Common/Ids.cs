namespace ClinicalPortal.Domain.Common;

/// <summary>Strongly typed identifiers; new values are UUIDv7 so inserts stay index-friendly.</summary>
public readonly record struct OrganizationId(Guid Value)
{
    public static OrganizationId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The identity of a person who can sign in (staff or client login).</summary>
public readonly record struct UserId(Guid Value)
{
    public static UserId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

/// <summary>The identity of a client's clinical record.</summary>
public readonly record struct ClientId(Guid Value)
{
    public static ClientId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct AssessmentId(Guid Value)
{
    public static AssessmentId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}

public readonly record struct MeasureScheduleId(Guid Value)
{
    public static MeasureScheduleId New() => new(Guid.CreateVersion7());
    public override string ToString() => Value.ToString();
}
