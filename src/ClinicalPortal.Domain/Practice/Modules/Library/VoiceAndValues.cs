using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules about the inner voice and what matters: finding a compassionate voice that motivates with kindness
/// instead of criticism, working with shame, core values, and savouring with self-appreciation. Our own wording of
/// practices taught in Neff and Germer's Mindful Self-Compassion programme (Neff and Germer 2018; Germer and Neff 2019),
/// with Breines and Chen (2012) on self-improvement, Gilbert and Procter (2006) on shame and Bryant and Veroff (2007) on
/// savouring.
/// </summary>
internal static class VoiceAndValues
{
    public static ModuleContent CompassionateVoice { get; } = new ModuleContent
    {
        Title = "Finding your compassionate voice",
        Summary = "Notice how your inner critic tries to motivate you, and practise a kinder voice that still wants you to grow.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This is a writing exercise of about twenty minutes. Choose a habit or behaviour you would like to change and
            that you criticise yourself for, something moderate rather than the most painful thing you carry.
            """),
        Steps =
        [
            ModuleStep.Read("why", "The critic is trying to help", """
                Many of us believe we need to be hard on ourselves to get anything done. The inner critic often does
                want something good for us: to keep us safe, to help us do better. But it goes about it by frightening
                and shaming us, and that tends to make us feel worse and give up sooner.

                Studies suggest that people who respond to a mistake with self-compassion are more motivated to improve,
                not less. A compassionate voice is not a soft voice that lets everything slide. It is the voice of a
                good coach or a loving parent: it sees clearly what is not working, and it encourages you because it
                cares about you.
                """),
            ModuleStep.Reflect("critic", "What the critic says",
                "Think of a behaviour you would like to change. What does your inner critic say to you about it, and in what tone?",
                required: true),
            ModuleStep.Reflect("intention", "What it wants for you",
                "Beneath the harsh words, what might the critic be trying to protect you from, or help you towards?"),
            ModuleStep.Reflect("kind-voice", "A kinder voice",
                "Now write to yourself about the same behaviour in the voice of someone who cares about you deeply and wants you to be well. What would they say?",
                """
                It might sound like: *"I love you and I don't want you to keep suffering with this. Could we try one
                small change this week?"* Let the words be warm and honest at once.
                """),
            ModuleStep.Rate("motivated", "How it feels",
                "How encouraged do you feel after hearing the kinder voice?",
                "Not at all", "Very encouraged"),
        ],
        Sources = [ModuleSources.NeffGermer2018Workbook, ModuleSources.BreinesChen2012, ModuleSources.GermerNeff2019Teaching],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution = ModuleSources.CautionReflective,
    };

    public static ModuleContent WorkingWithShame { get; } = new ModuleContent
    {
        Title = "Working with shame",
        Summary = "Shame says 'I am bad'. Gently see it for what it is: a painful feeling that every person knows, and that comes from wanting to be loved.",
        Components = [CompassionComponent.CommonHumanity, CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            Shame is one of the most painful feelings there is, so go especially gently here. Choose a mild example, a
            small embarrassment rather than a deep wound. You can stop at any time.
            """),
        Steps =
        [
            ModuleStep.Read("what", "What shame is, and what it is not", """
                Shame is the feeling that there is something wrong with *us*, not just with something we did. It makes
                us want to hide. Three things can help to hold it more kindly.

                **Shame is innocent.** It grows out of a very human wish: to be liked, accepted and loved. We feel
                shame because we care about belonging.

                **Shame is universal.** Everyone feels it, even though almost no one talks about it. The beliefs behind
                it ("I'm not good enough", "I'm unlovable", "I'm a failure") are shared by a great many people.

                **Shame is a passing state.** A belief like "I'm not good enough" is a part of us that shows up at
                times, not the whole of who we are.
                """),
            ModuleStep.Practice("meet", "Meeting shame with kindness", 8, """
                Sit comfortably and take a few easy breaths. Bring to mind a mildly embarrassing moment, one that still
                makes you wince a little.

                Notice the belief underneath: perhaps *I'm stupid*, or *I'm too much*. Name it gently: *"Ah, the old
                'not good enough' story."*

                Remind yourself: *Many, many people carry this same belief. I'm not alone.* Picture others who feel
                just like this.

                If you like, place a hand over your heart or cheek, or keep your hands in your lap, and say to
                yourself: *This belief came from wanting to be loved. It's not the whole of me.*

                Rest for a few breaths. Then let the memory go, open your eyes, and feel your feet on the floor.
                """,
                required: true),
            ModuleStep.Reflect("belief", "The belief and the wish",
                "What belief about yourself came up, and what did it show you about what you long for?"),
            ModuleStep.Rate("lighter", "After the practice",
                "How heavy does the shame feel now?",
                "Not heavy at all", "As heavy as before"),
        ],
        Sources = [ModuleSources.GermerNeff2019Teaching, ModuleSources.GilbertProcter2006, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Shame work can reopen trauma (abuse, humiliation). Not for active PTSD, dissociation or acute suicidality without session support; with recent bereavement, wait. Go through the first example in session, keep it mild, and review any rise in distress.",
    }.Guarded(SensitiveFocus.Memories, SensitiveFocus.Touch);

    public static ModuleContent CoreValues { get; } = new ModuleContent
    {
        Title = "Living by your core values",
        Summary = "Find what matters most to you, notice where life or illness keeps you from it, and look for small ways to live it today.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This is a reflective writing exercise of about twenty minutes. There are no right answers: values are what
            make your life feel like yours.
            """),
        Steps =
        [
            ModuleStep.Read("what", "Values are directions, not goals", """
                A goal is something you can tick off. A value is a direction you keep walking in: kindness, honesty,
                creativity, connection, learning, being there for family. You never finish it, and you can live it in
                big and small ways.

                Illness, exhaustion or other people's needs can make it hard to live our values as we once did. Self-
                compassion helps here in two ways: it lets us grieve what we cannot do, and it helps us find new, often
                smaller ways of living what matters.
                """),
            ModuleStep.Reflect("values", "What matters to you",
                "Imagine looking back at your life from far in the future. What are two or three values you would be glad to have lived by?",
                required: true),
            ModuleStep.Reflect("obstacles", "What is in the way",
                "Where do you feel you are not living these values? Is something outside you in the way, or an inner voice?",
                """
                Some obstacles are real limits (an illness, a job, a caring role). Be kind to yourself about them. Some
                are inner voices ("I'm not allowed", "I don't deserve it"): notice them gently.
                """),
            ModuleStep.Reflect("small-step", "One small way",
                "What is one small thing you could do this week that expresses one of your values, even within your limits?"),
            ModuleStep.Rate("close", "How close you feel",
                "Right now, how close do you feel to living what matters to you?",
                "Very far", "Very close"),
        ],
        Sources = [ModuleSources.NeffGermer2018Workbook, ModuleSources.GermerNeff2019Teaching, ModuleSources.Sirois2015],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Noticing values one can no longer live can bring up grief. With recent bereavement, a new diagnosis, acute suicidality, active PTSD or dissociation, go through it in session and check in afterwards.",
    };

    public static ModuleContent SavouringAndAppreciation { get; } = new ModuleContent
    {
        Title = "Savouring and self-appreciation",
        Summary = "Slow down to enjoy something good, and let yourself appreciate a few of your own good qualities, as you would a friend's.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This module has two parts: a short savouring walk or pause (ten minutes), and a few minutes of writing. Do
            the savouring part wherever you can, indoors or out, moving or still.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Letting the good in", """
                Our minds are built to spot problems, so good moments often slip past unnoticed. Savouring means staying
                with something pleasant a little longer: noticing it, enjoying it, and letting it sink in. Research on
                savouring suggests that how we attend to good moments shapes how much we get from them.

                Self-appreciation is savouring turned towards ourselves. It is not boasting or pretending to be
                perfect. It is acknowledging, honestly, the good qualities that are part of you, and remembering that
                many people helped you grow them.
                """),
            ModuleStep.Practice("savour", "A savouring pause", 10, """
                Go for a slow walk, or sit by a window, or hold a warm drink. Let your senses lead.

                Look for something pleasant: the colour of a leaf, the warmth of a cup, a sound, a smell, the feel of
                air on your skin. When something catches you, stay with it. Notice its details. Let yourself enjoy it,
                as if you had never met it before.

                Then move on to the next pleasant thing, and the next. There is no hurry and nothing to achieve.

                Before you finish, pause and take in the whole of it: *this moment, just as it is, has something good
                in it.*
                """,
                required: true),
            ModuleStep.Reflect("qualities", "Three things you appreciate about yourself",
                "Write down two or three qualities you appreciate in yourself, however small, and who helped you develop them.",
                """
                You might notice discomfort, or a voice saying *but I'm not always like that*. That is very common. No
                one is kind or patient all the time; these qualities are still yours.
                """),
            ModuleStep.Rate("enjoy", "How it felt",
                "How much could you let yourself enjoy the good things today?",
                "Not at all", "Fully"),
        ],
        Sources = [ModuleSources.BryantVeroff2007, ModuleSources.NeffGermer2018Workbook, ModuleSources.GermerNeff2019Teaching],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Usually gentle, but self-appreciation can stir strong self-criticism or grief, and savouring can feel out of reach in depression. With acute suicidality, recent bereavement, active PTSD or dissociation, introduce it in session and keep expectations light.",
    };
}
