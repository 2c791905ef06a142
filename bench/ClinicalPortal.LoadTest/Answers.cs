using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.LoadTest;

/// <summary>Answers for seeded results, scored afterwards by the domain like any submission.</summary>
internal static class Answers
{
    /// <summary>
    /// Every item near <paramref name="level"/> (0: its lowest option, 1: its highest) with a little noise; the last
    /// item of the PHQ-9 (thoughts of self-harm) always "not at all", so seeded data raises no crisis alerts.
    /// </summary>
    public static int?[] Near(InstrumentDefinition instrument, double level, Random random)
    {
        var answers = instrument.Items.Select(item =>
        {
            var options = item.Options.Select(o => o.Value).Order().ToArray();
            var index = (int)Math.Round(Math.Clamp(level + (random.NextDouble() - 0.5) * 0.3, 0, 1) * (options.Length - 1));
            return (int?)options[index];
        }).ToArray();
        if (instrument.Code == InstrumentLibrary.Phq9.Code)
        {
            answers[^1] = instrument.Items[^1].MinValue;
        }

        return answers;
    }
}
