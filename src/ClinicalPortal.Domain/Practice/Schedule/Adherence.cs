namespace ClinicalPortal.Domain.Practice;

/// <summary>Computes a client's homework adherence from their tasks.</summary>
public static class Adherence
{
    /// <summary>
    /// The adherence report as of <paramref name="today"/>, the client's local date
    /// (<see cref="HomeworkStatuses.LocalDate"/> of now in their zone).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Counting: done, skipped and missed tasks are counted; a due task dated today or later is not (its day is still
    /// open or to come). A due task dated before <paramref name="today"/> is counted as missed: its day has closed
    /// (the status was computed at an earlier instant), exactly as <see cref="HomeworkStatuses.Of"/> would now say.
    /// </para>
    /// <para>
    /// Distress change: before minus after, over done tasks that carry both ratings. Per module, over that module's
    /// tasks; per component, a task counts once toward each distinct component its module trains. Components no task
    /// trains are left out. Modules are listed by title (ordinal), then id; a module's title is that of its latest task.
    /// </para>
    /// <para>
    /// Streaks run over scheduled days, the dates that have at least one task; a date without tasks neither extends
    /// nor breaks a streak. A scheduled day is <i>kept</i> when all its tasks are done, <i>broken</i> when any is
    /// skipped or missed, and <i>open</i> otherwise (some task still due, with the rest done): an open day is left
    /// out, so today counts once its last task is done. <see cref="AdherenceReport.CurrentStreak"/> is the number of
    /// kept days counted back from the latest kept or broken day (0 when that day is broken);
    /// <see cref="AdherenceReport.LongestStreak"/> is the longest run of kept days with no broken day between them.
    /// </para>
    /// </remarks>
    public static AdherenceReport Compute(IReadOnlyList<AdherenceTask> tasks, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var counted = tasks.Select(task => (Task: task, Status: Counted(task, today))).ToList();

        var perModule = counted
            .GroupBy(entry => entry.Task.ModuleId)
            .Select(module => new ModuleAdherence(
                module.Key,
                module.OrderBy(entry => entry.Task.Date).Last().Task.ModuleTitle,
                Completion(module.Select(entry => entry.Status)),
                MeanChange(module)))
            .OrderBy(module => module.Title, StringComparer.Ordinal)
            .ThenBy(module => module.ModuleId.Value)
            .ToList();

        var perComponent = counted
            .SelectMany(entry => entry.Task.Components.Distinct().Select(component => (Component: component, Entry: entry)))
            .GroupBy(pair => pair.Component)
            .OrderBy(component => component.Key)
            .Select(component => new ComponentAdherence(component.Key, MeanChange(component.Select(pair => pair.Entry))))
            .ToList();

        var (current, longest) = Streaks(counted);
        return new AdherenceReport(Completion(counted.Select(entry => entry.Status)), perModule, perComponent, current, longest);
    }

    /// <summary>The status the report counts, or null for a task still due.</summary>
    private static HomeworkStatus? Counted(AdherenceTask task, DateOnly today) => task.Status switch
    {
        HomeworkStatus.Due => task.Date < today ? HomeworkStatus.Missed : null,
        HomeworkStatus.Done or HomeworkStatus.Skipped or HomeworkStatus.Missed => task.Status,
        _ => throw new ArgumentOutOfRangeException(nameof(task), task.Status, "Unknown homework status."),
    };

    private static CompletionRate Completion(IEnumerable<HomeworkStatus?> statuses)
    {
        int done = 0, skipped = 0, missed = 0;
        foreach (var status in statuses)
        {
            switch (status)
            {
                case HomeworkStatus.Done: done++; break;
                case HomeworkStatus.Skipped: skipped++; break;
                case HomeworkStatus.Missed: missed++; break;
            }
        }

        return new CompletionRate(done, skipped, missed);
    }

    private static DistressChange MeanChange(IEnumerable<(AdherenceTask Task, HomeworkStatus? Status)> entries)
    {
        var changes = entries
            .Where(entry => entry.Status == HomeworkStatus.Done)
            .Select(entry => entry.Task)
            .Where(task => task.DistressBefore is not null && task.DistressAfter is not null)
            .Select(task => task.DistressBefore!.Value - task.DistressAfter!.Value)
            .ToList();
        return changes.Count == 0
            ? DistressChange.None
            : new DistressChange(Math.Round((decimal)changes.Sum() / changes.Count, 2, MidpointRounding.AwayFromZero), changes.Count);
    }

    private static (int Current, int Longest) Streaks(IEnumerable<(AdherenceTask Task, HomeworkStatus? Status)> counted)
    {
        int current = 0, longest = 0;
        foreach (var day in counted.GroupBy(entry => entry.Task.Date).OrderBy(day => day.Key))
        {
            if (day.Any(entry => entry.Status is HomeworkStatus.Skipped or HomeworkStatus.Missed))
            {
                current = 0;
            }
            else if (day.All(entry => entry.Status == HomeworkStatus.Done))
            {
                current++;
                longest = Math.Max(longest, current);
            }

            // Otherwise the day is open (a task still due): it neither extends nor breaks the streak.
        }

        return (current, longest);
    }
}
