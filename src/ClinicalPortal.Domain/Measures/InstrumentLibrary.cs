using System.Diagnostics.CodeAnalysis;

namespace ClinicalPortal.Domain.Measures;

/// <summary>
/// The instruments shipped with ClinicalPortal. Each definition cites its primary source (<see cref="InstrumentDefinition.Citation"/>,
/// licence and criterion sources); docs/clinical/instruments.md summarises them.
/// </summary>
public static class InstrumentLibrary
{
    public static IReadOnlyList<InstrumentDefinition> All { get; } =
    [
        PhqFamily.Phq9,
        PhqFamily.Gad7,
        PhqFamily.Phq4,
        StressAndDistress.Pss10,
        SelfCompassion.ScsShortForm,
        SelfCompassion.Scs,
        Burnout.Cbi,
        StressAndDistress.Who5,
        StressAndDistress.K10,
        SuicideRisk.CssrsScreener,
    ];

    public static InstrumentDefinition Phq9 => PhqFamily.Phq9;
    public static InstrumentDefinition Gad7 => PhqFamily.Gad7;
    public static InstrumentDefinition Phq4 => PhqFamily.Phq4;
    public static InstrumentDefinition Pss10 => StressAndDistress.Pss10;
    public static InstrumentDefinition ScsShortForm => SelfCompassion.ScsShortForm;
    public static InstrumentDefinition Scs => SelfCompassion.Scs;
    public static InstrumentDefinition Cbi => Burnout.Cbi;
    public static InstrumentDefinition Who5 => StressAndDistress.Who5;
    public static InstrumentDefinition K10 => StressAndDistress.K10;
    public static InstrumentDefinition CssrsScreener => SuicideRisk.CssrsScreener;

    /// <summary>Finds an instrument by code, ignoring case (e.g. "phq-9").</summary>
    public static bool TryGet(string code, [MaybeNullWhen(false)] out InstrumentDefinition definition)
    {
        definition = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var found = All.FirstOrDefault(d => string.Equals(d.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            return false;
        }

        definition = found;
        return true;
    }
}
