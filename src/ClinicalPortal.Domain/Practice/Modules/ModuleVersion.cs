using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One version of a <see cref="Module"/>: numbered 1, 2, ... and never changed once made, so what a client was assigned
/// and answered can always be shown as it was. Its <see cref="Content"/> is one validated value (stored as jsonb).
/// </summary>
public sealed class ModuleVersion
{
    private ModuleVersion()
    {
        Content = null!;
    }

    public ModuleVersionId Id { get; private set; }

    public ModuleId ModuleId { get; private set; }

    /// <summary>1 for the first version, one more for each revision.</summary>
    public int Number { get; private set; }

    public ModuleContent Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who wrote this version; null for the built-in library.</summary>
    public UserId? CreatedBy { get; private set; }

    internal static ModuleVersion Create(
        ModuleVersionId id, ModuleId moduleId, int number, ModuleContent content, DateTimeOffset createdAt, UserId? createdBy) =>
        new()
        {
            Id = id,
            ModuleId = moduleId,
            Number = number,
            Content = content,
            CreatedAt = createdAt.ToStoredPrecision(),
            CreatedBy = createdBy,
        };
}
