using System.Numerics;

namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Whether the figures shown for several groups of one organisation, month and scale can be combined into one person's
/// own figures. Each group shown gives its sum (its count times its mean), so any combination of the groups with
/// rational coefficients is known: with G1 = {a..f}, G2 = {a..e, g..k} and G3 = {g..k}, each pair differing by five or
/// more, G1 - G2 + G3 = {f}, the sixth person's own score. A person is isolated when their unit vector lies in the
/// linear span of the groups' membership vectors (a person shown individually is such a vector already). Exact: the
/// vectors are reduced to row echelon form over the integers (fraction-free, each row divided by the greatest common
/// divisor of its entries); a unit vector is in the span exactly when one row of the reduced form is that unit vector
/// (a combination's coefficient on a row is its entry in that row's pivot column, zero in every other row's).
/// </summary>
public static class DifferencingGuard
{
    /// <summary>The people whose own figures some combination of <paramref name="groups"/> gives.</summary>
    public static IReadOnlySet<Guid> Isolated(IEnumerable<IEnumerable<Guid>> groups)
    {
        var sets = groups.Select(g => g.ToHashSet()).Where(g => g.Count > 0).ToList();
        var people = sets.SelectMany(g => g).Distinct().ToList();
        var column = people.Select((person, index) => (person, index)).ToDictionary(p => p.person, p => p.index);
        var rows = sets.Select(g =>
        {
            var row = new BigInteger[people.Count];
            foreach (var member in g)
            {
                row[column[member]] = BigInteger.One;
            }

            return row;
        }).ToList();

        var pivots = 0;
        for (var col = 0; col < people.Count && pivots < rows.Count; col++)
        {
            var found = rows.FindIndex(pivots, r => !r[col].IsZero);
            if (found < 0)
            {
                continue;
            }

            (rows[pivots], rows[found]) = (rows[found], rows[pivots]);
            var pivot = rows[pivots];
            foreach (var row in rows.Where(r => r != pivot && !r[col].IsZero))
            {
                var (scale, factor) = (pivot[col], row[col]);
                for (var c = 0; c < people.Count; c++)
                {
                    row[c] = (row[c] * scale) - (pivot[c] * factor);
                }

                DivideByCommonFactor(row);
            }

            pivots++;
        }

        // Rows past the pivots are all zero; a pivot row with one entry left is that person alone.
        return rows.Take(pivots)
            .Where(r => r.Count(v => !v.IsZero) == 1)
            .Select(r => people[Array.FindIndex(r, v => !v.IsZero)])
            .ToHashSet();
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> may be shown beside the groups already shown and the people already shown one
    /// by one: only if no one is isolated by them all who was not isolated already (the people shown individually are).
    /// </summary>
    public static bool MayShow(IReadOnlyCollection<Guid> candidate, IEnumerable<IReadOnlyCollection<Guid>> shown, IEnumerable<Guid> individuals)
    {
        var before = shown.Concat(individuals.Select(i => (IReadOnlyCollection<Guid>)new[] { i })).ToList();
        return Isolated([.. before, candidate]).IsSubsetOf(Isolated(before));
    }

    private static void DivideByCommonFactor(BigInteger[] row)
    {
        var gcd = row.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        if (gcd > BigInteger.One)
        {
            for (var c = 0; c < row.Length; c++)
            {
                row[c] /= gcd;
            }
        }
    }
}
