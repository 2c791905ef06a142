using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules that practise self-kindness in writing: the friend letter, a mistake seen as part of growth, and the
/// daily self-compassion journal. Self-kindness, common humanity and mindfulness after Neff (2003, Self and Identity
/// 2:85-101); see <see cref="ModuleSources"/>.
/// </summary>
internal static class KindnessModules
{
    public static ModuleContent FriendLetter { get; } = new()
    {
        Title = "Treat yourself as you would a friend",
        Summary = "Write a short letter to yourself from the point of view of a friend who knows you well and cares about you, about something you have been hard on yourself for.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            Set aside about twenty-five minutes somewhere you will not be interrupted. You can type your answers here, or
            write by hand and note a few lines here afterwards.

            There are no right answers, and nobody is grading your writing. Go at your own pace, and skip any question
            that does not fit.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Why write to yourself as a friend", """
                Most of us know how to comfort a friend who is having a hard time. We listen, we remind them of what
                they do well, and we do not pile on criticism when they are already hurting.

                When the person struggling is *us*, the voice in our head often sounds very different: sharper, colder,
                quicker to blame. Research on self-compassion describes this as self-judgment, and its kinder
                alternative as self-kindness: meeting your own difficulties with the same warmth and understanding you
                would offer someone you care about.

                This exercise borrows the friend's point of view on purpose. It is often easier to find kind and honest
                words for yourself when you imagine them coming from someone who is on your side.
                """),
            ModuleStep.Reflect("topic", "Choose what to write about",
                "What is something about yourself or your life that you have been hard on yourself about lately?",
                """
                Pick something that bothers you a moderate amount, not the most painful thing in your life. You can
                work up to harder things later, once the practice feels familiar.
                """),
            ModuleStep.Reflect("friend-view", "See it through a friend's eyes",
                "Imagine a friend who knows your whole story and accepts you as you are. What would they understand about this that you tend to overlook?",
                """
                This friend can be someone real, someone from the past, or simply an imagined person who is wise,
                patient and kind. They see your struggles clearly, and they also see the circumstances, the effort
                and the good intentions behind them.
                """),
            ModuleStep.Reflect("letter", "Write the letter",
                "Write a letter to yourself in that friend's voice. What would they say to you about this, and how would they encourage you?",
                """
                Write as if the friend were speaking directly to you: *"I can see how hard this has been for you..."*.
                Let them acknowledge the pain, remind you that everyone struggles and gets things wrong at times, and
                offer whatever support or gentle advice they would give.

                If your own critical voice interrupts, notice it and come back to the friend's voice. Kindness is not
                the same as pretending everything is fine: the friend can be honest about what you might change.
                """,
                required: true),
            ModuleStep.Rate("warmth", "After reading the letter",
                "Read your letter back slowly. Right now, how much warmth do you feel towards yourself?",
                "None at all", "A great deal"),
            ModuleStep.Read("keep", "Coming back to it", """
                Keep your letter. On a day when the critical voice is loud, read it again, slowly, and let the words
                land.

                Over time, you may notice that you can reach for the friend's voice in the moment, without writing
                anything down. That is the aim of this practice: not to silence every critical thought, but to have a
                kinder voice available as well.
                """),
        ],
        Sources = [ModuleSources.Neff2003Conceptualization, ModuleSources.Leary2007, ModuleSources.NeffGermer2013],
    };

    public static ModuleContent MistakeAsGrowth { get; } = new()
    {
        Title = "A mistake as part of growth",
        Summary = "Look at a recent mistake with understanding instead of harsh judgment, and turn it into one realistic next step.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about twenty minutes. Choose a mistake or setback from the past few weeks that still
            bothers you, but that is not overwhelming to think about.
            """),
        Steps =
        [
            ModuleStep.Read("information", "Mistakes are information, not verdicts", """
                After a mistake, many people replay it over and over and draw big conclusions: *"I always get this
                wrong"*, *"I'm useless"*. It can feel as if being hard on yourself is what keeps you from repeating it.

                Studies suggest otherwise. In a series of experiments, people who were encouraged to think about a
                recent mistake with self-compassion were *more* motivated to make amends and to improve, and spent
                longer preparing after a failure, than people who were encouraged simply to think well of themselves.
                Other research found that self-compassionate people take responsibility for their part in what went
                wrong without being swamped by shame.

                Kindness towards yourself is not letting yourself off the hook. It makes it safe enough to look at what
                happened honestly, and to learn from it.
                """),
            ModuleStep.Reflect("what-happened", "What happened",
                "Describe the mistake or setback in a few sentences: just what happened, as a neutral observer would report it.",
                """
                Try to leave out judgments such as "stupid" or "typical". Staying with the plain facts is a form of
                mindfulness: seeing the situation as it is, neither minimising it nor blowing it up.
                """,
                required: true),
            ModuleStep.Rate("judgment", "How harshly you judge yourself",
                "When you think about this mistake, how harshly do you judge yourself?",
                "Not at all", "Extremely harshly"),
            ModuleStep.Reflect("coach", "What a kind coach would say",
                "Write to yourself about this mistake as a kind, honest coach would. What made it understandable? What does it show that you care about?",
                """
                A good coach does not shout at a player who misses; they help the player understand what happened and
                get ready for the next attempt. Think about the pressures you were under, what you knew at the time,
                and the fact that every person learning anything makes mistakes along the way.
                """),
            ModuleStep.Reflect("next-step", "One next step",
                "What is one small, realistic thing you could do next time, or to put things right now?",
                "Keep it small enough that you could actually do it this week."),
            ModuleStep.Read("growth", "Kindness keeps you learning", """
                Growth rarely happens in a straight line. Each mistake you can look at with patience becomes part of
                your experience instead of a mark against you.

                When you notice the old self-critical story starting again, you can come back to the coach's words
                you wrote today.
                """),
        ],
        Sources = [ModuleSources.BreinesChen2012, ModuleSources.Leary2007, ModuleSources.Neff2003Conceptualization],
    };

    public static ModuleContent DailyJournal { get; } = new()
    {
        Title = "Daily self-compassion journal",
        Summary = "A few minutes of writing at the end of the day: notice what was hard, remember you are not alone in it, and offer yourself some kind words.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 10,
        Instructions = ModuleSources.WithSafetyNote("""
            This journal works best as a small daily habit, for example in the evening. A few sentences for each
            question are enough; on a busy day, one line is fine.
            """),
        Steps =
        [
            ModuleStep.Read("how", "How the journal works", """
                Each entry looks at one difficult moment of your day through the three parts of self-compassion:

                - **Mindfulness:** noticing what you felt, without exaggerating it or pushing it away.
                - **Common humanity:** remembering that difficulty and imperfection are part of every human life.
                - **Self-kindness:** answering yourself with understanding rather than criticism.

                The moment does not have to be dramatic. Small things count: a tense conversation, feeling tired,
                snapping at someone, a plan that did not work out.
                """),
            ModuleStep.Reflect("hard", "What was hard today",
                "What happened today that was difficult, painful, or that you judged yourself for?",
                required: true),
            ModuleStep.Reflect("notice", "Notice what you felt",
                "What did you feel at the time, and what do you feel now? Name the feelings as they are, without adding to them or brushing them aside.",
                "Words such as *frustrated*, *embarrassed*, *sad*, *worried* or *worn out* are enough."),
            ModuleStep.Reflect("shared", "You are not the only one",
                "How is what you went through part of being human? Who else might have felt something similar today?"),
            ModuleStep.Reflect("kind-words", "Kind words",
                "Write a few kind, understanding words to yourself about today, the way you would to someone you care about."),
            ModuleStep.Rate("kindness", "Looking back on today",
                "Overall, how kind were you to yourself today?",
                "Not at all kind", "Very kind"),
        ],
        Sources = [ModuleSources.Neff2003Conceptualization, ModuleSources.Neff2003Scale, ModuleSources.NeffGermer2013],
    };
}
