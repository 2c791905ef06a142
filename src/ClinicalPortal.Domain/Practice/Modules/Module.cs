using System.Text.RegularExpressions;
using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// A self-compassion module a clinician can put on a client's practice plan: a built-in one from
/// <see cref="ModuleLibrary"/> (no <see cref="OrganizationId"/>, shared by every organisation, read-only) or one an
/// organisation wrote. Every change is a new <see cref="ModuleVersion"/>; earlier versions stay, so a plan item can keep
/// pointing at the version it assigned. Built-in modules have ids derived from their <see cref="Key"/>
/// (<see cref="BuiltinId"/>, <see cref="BuiltinVersionId"/>), so seeding them is idempotent on every instance.
/// </summary>
public sealed partial class Module
{
    public const string BuiltinReadOnly = "module.builtin_read_only";

    public const int MaxKeyLength = 64;

    /// <summary>The namespace of the built-in modules' name-based ids (a random UUID fixed here once; never change it).</summary>
    private static readonly Guid BuiltinNamespace = new("32931d24-9855-4f15-ab05-f474015509b1");

    private readonly List<ModuleVersion> _versions = [];

    private Module()
    {
    }

    public ModuleId Id { get; private set; }

    /// <summary>The organisation that wrote the module; null for the built-in library, which every organisation sees.</summary>
    public OrganizationId? OrganizationId { get; private set; }

    /// <summary>The built-in module's slug (e.g. <c>friend-letter</c>), unique in the library; null for an organisation's module.</summary>
    public string? Key { get; private set; }

    /// <summary>The number of the newest version.</summary>
    public int CurrentVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Who created the module; null for the built-in library.</summary>
    public UserId? CreatedBy { get; private set; }

    public bool IsBuiltin => OrganizationId is null;

    /// <summary>The versions loaded with the module (all of them for a new one), oldest first as added.</summary>
    public IReadOnlyList<ModuleVersion> Versions => _versions;

    /// <summary>The newest version; it must have been loaded with the module.</summary>
    public ModuleVersion Current =>
        _versions.FirstOrDefault(v => v.Number == CurrentVersion)
        ?? throw new InvalidOperationException($"Version {CurrentVersion} of module {Id} was not loaded.");

    /// <summary>An organisation's own module, with <paramref name="content"/> (checked and trimmed) as version 1.</summary>
    public static Result<Module> CreateForOrganization(
        OrganizationId organizationId, ModuleContent content, UserId by, DateTimeOffset now)
    {
        var valid = content.Validate();
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        var module = new Module
        {
            Id = ModuleId.New(),
            OrganizationId = organizationId,
            Key = null,
            CreatedAt = now.ToStoredPrecision(),
            CreatedBy = by,
        };
        module.AddVersion(ModuleVersionId.New(), valid.Value, now, by);
        return module;
    }

    /// <summary>
    /// A module of the built-in library, version 1, with ids derived from <paramref name="key"/>. The library is code, so
    /// an invalid key or content is a programming error and throws.
    /// </summary>
    public static Module Builtin(string key, ModuleContent content, DateTimeOffset createdAt) => Builtin(key, [(content, createdAt)]);

    /// <summary>
    /// A module of the built-in library with its versions 1, 2, ... in order, each written at its own time, ids derived
    /// from <paramref name="key"/> and the version's number: a later library adds a version, and plan items that kept an
    /// earlier one still find it. An invalid key or content, or no version, is a programming error and throws.
    /// </summary>
    public static Module Builtin(string key, IReadOnlyList<(ModuleContent Content, DateTimeOffset WrittenAt)> versions)
    {
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"'{key}' is not a module key (lower-case words of a-z and 0-9 joined by '-', at most {MaxKeyLength}).", nameof(key));
        }

        if (versions.Count == 0)
        {
            throw new ArgumentException($"Built-in module '{key}' needs a version.", nameof(versions));
        }

        var module = new Module
        {
            Id = BuiltinId(key),
            OrganizationId = null,
            Key = key,
            CreatedAt = versions[0].WrittenAt.ToStoredPrecision(),
            CreatedBy = null,
        };
        foreach (var (content, writtenAt) in versions)
        {
            var valid = content.Validate();
            if (!valid.IsSuccess)
            {
                throw new ArgumentException(
                    $"Built-in module '{key}' version {module.CurrentVersion + 1}: {valid.Error!.Code}: {valid.Error.Message}", nameof(versions));
            }

            module.AddVersion(BuiltinVersionId(key, module.CurrentVersion + 1), valid.Value, writtenAt, null);
        }

        return module;
    }

    /// <summary>
    /// Adds version <see cref="CurrentVersion"/> + 1 with <paramref name="content"/> (checked and trimmed); the earlier
    /// versions stay. Refused for a built-in module (<see cref="BuiltinReadOnly"/>): an organisation copies it instead.
    /// </summary>
    public Result<ModuleVersion> Revise(ModuleContent content, UserId by, DateTimeOffset now)
    {
        if (IsBuiltin)
        {
            return Error.Rule(BuiltinReadOnly, "A built-in module cannot be changed; create your own module from it instead.");
        }

        var valid = content.Validate();
        if (!valid.IsSuccess)
        {
            return valid.Error!;
        }

        return AddVersion(ModuleVersionId.New(), valid.Value, now, by);
    }

    /// <summary>Whether <paramref name="key"/> is a slug: lower-case words of a-z and 0-9 joined by single hyphens, at most 64 characters.</summary>
    public static bool IsValidKey(string? key) => key is { Length: > 0 and <= MaxKeyLength } && KeyShape().IsMatch(key);

    /// <summary>The id of the built-in module with this key: a name-based UUID (version 5) of <c>module/{key}</c>.</summary>
    public static ModuleId BuiltinId(string key) => new(NameBasedGuid.Create(BuiltinNamespace, $"module/{key}"));

    /// <summary>The id of version <paramref name="number"/> of the built-in module with this key: a UUID v5 of <c>module/{key}/v{number}</c>.</summary>
    public static ModuleVersionId BuiltinVersionId(string key, int number) =>
        new(NameBasedGuid.Create(BuiltinNamespace, $"module/{key}/v{number}"));

    private ModuleVersion AddVersion(ModuleVersionId id, ModuleContent content, DateTimeOffset now, UserId? by)
    {
        var version = ModuleVersion.Create(id, Id, CurrentVersion + 1, content, now, by);
        _versions.Add(version);
        CurrentVersion = version.Number;
        return version;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyShape();
}
