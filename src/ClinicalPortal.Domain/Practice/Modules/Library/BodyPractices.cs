using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in practices that work through the breath, touch and the body: affectionate breathing, supportive touch, meeting
/// a difficult emotion (label it, find it in the body, soften, soothe, allow), and giving and receiving compassion. Our
/// own wording of practices taught in Neff and Germer's Mindful Self-Compassion programme (Neff and Germer 2018; Germer
/// and Neff 2019); each carries the safeguards of <see cref="ModuleSafeguards"/>.
/// </summary>
internal static class BodyPractices
{
    public static ModuleContent AffectionateBreathing { get; } = new ModuleContent
    {
        Title = "Affectionate breathing",
        Summary = "A short sitting practice: let your breathing rock and soothe you, and come back to it kindly each time your mind wanders.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 15,
        Instructions = ModuleSources.WithSafetyNote("""
            Sit or lie in a way that your body finds comfortable today. The practice takes about ten minutes; five is
            fine on a busy or tiring day.
            """),
        Steps =
        [
            ModuleStep.Read("about", "Breathing with warmth", """
                Most breathing practices ask you to watch the breath closely. This one asks you to let the breath look
                after you: to feel how it gently rocks the body in and out, the way a parent might rock a child.

                Your mind will wander, many times. That is what minds do, and it is not a mistake. Each time you notice
                you have drifted off, you have a small chance to practise kindness: come back to the breath the way you
                would welcome back a friend who was late, without a telling-off.
                """),
            ModuleStep.Practice("breathing", "Affectionate breathing", 10, """
                Let your eyes close partly or fully, or rest your gaze on the floor. Take two or three slow, easy
                breaths, letting each out a little longer than it came in.

                Now let your breathing find its own rhythm. Notice where you feel it most: the nose, the chest, the
                belly. Feel how each breath comes in, nourishing the body, and goes out, letting go.

                Notice the gentle rocking of the body as it breathes, as if you were being held. If you like, let the
                breath be a little song: in, out, in, out.

                When your mind wanders, notice where it went, and come back with a warm smile, as many times as you
                need. No breath has to be a good one.

                In the last minute, let the breath go and simply rest in your body as it is. Then open your eyes
                slowly and feel your feet on the floor.
                """,
                required: true),
            ModuleStep.Rate("settled", "After the practice",
                "How settled do you feel now?",
                "Not at all", "Very settled"),
            ModuleStep.Reflect("noticed", "What you noticed",
                "What was it like to come back to the breath kindly, rather than with a push?"),
        ],
        Sources = [ModuleSources.NeffGermer2018Workbook, ModuleSources.GermerNeff2019Teaching, ModuleSources.NeffGermer2013],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Attention to the breath can make some people more anxious, and breath focus can trigger trauma memories. With active PTSD, dissociation, acute suicidality or recent bereavement, start in session with eyes open, offer sounds or the feet as an anchor instead, and keep it short.",
    }.Guarded(SensitiveFocus.Body);

    public static ModuleContent SupportiveTouch { get; } = new ModuleContent
    {
        Title = "Supportive touch",
        Summary = "Find a kind gesture that comforts you, such as a hand on the heart or on the cheek, or a way to feel held without touch at all.",
        Components = [CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 10,
        Instructions = ModuleSources.WithSafetyNote("""
            Do this somewhere private to begin with; once you know which gesture helps you, you can use it anywhere,
            even in a meeting or a waiting room, without anyone noticing.

            Touch is an invitation, never a requirement. If it does not suit you today, choose the hands-free way in
            each step.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Why touch can help", """
                Our bodies respond to warm, gentle touch long before our thinking catches up: it is one of the first
                ways we were soothed as babies. A hand placed kindly on yourself can send a signal of safety, much as a
                friend's hand on your arm would. In one small trial, people who gave themselves a soothing touch before a
                stressful task had lower cortisol afterwards than those who did not; this is early evidence from a single
                study, so notice for yourself what helps.

                Not everyone finds touch comforting, especially after hurtful experiences of being touched. That is
                completely understandable. The hands-free ways below work just as well.
                """),
            ModuleStep.Practice("explore", "Try a few gestures", 5, """
                Take a breath or two. Then try each of these for a few breaths, noticing how each one feels:

                - one or both hands over your heart, feeling the warmth and the gentle pressure;
                - a hand cradling your cheek, or both hands holding your face;
                - your arms crossed, giving yourself a gentle squeeze;
                - one hand holding the other in your lap;
                - a hand resting on your belly, or on your upper arm.

                **Without touch:** hold a warm cup, wrap yourself in a blanket, rest your hands on a soft cushion, or
                picture a kind gesture from someone who cares about you.

                Notice which one lets your shoulders drop a little. Then rest with it for a few more breaths and open
                your eyes, feeling your feet on the floor.
                """,
                required: true),
            ModuleStep.Checklist("mine", "My gestures",
            [
                new ChecklistItem("heart", "A hand over my heart"),
                new ChecklistItem("cheek", "A hand on my cheek"),
                new ChecklistItem("hug", "Crossed arms, a gentle squeeze"),
                new ChecklistItem("hands", "One hand holding the other"),
                new ChecklistItem("no-touch", "A hands-free way: a warm cup, a blanket, or an imagined gesture"),
            ], "Tick the ones that felt comforting, so you can reach for them when things get hard."),
            ModuleStep.Reflect("when", "When to use it",
                "When in the coming week might a kind gesture help you, and which one will you try?"),
        ],
        Sources = [ModuleSources.NeffGermer2018Workbook, ModuleSources.GermerNeff2019Teaching, ModuleSources.Dreisoerner2021Touch],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Self-touch can bring back memories of abusive or unwanted touch. With a history of abuse, active PTSD, dissociation, acute suicidality or recent bereavement, introduce it in session, lead with the hands-free options, and never press for touch.",
    }.Guarded(SensitiveFocus.Touch, SensitiveFocus.Body);

    public static ModuleContent DifficultEmotions { get; } = new ModuleContent
    {
        Title = "Meeting a difficult emotion",
        Summary = "Name the feeling, find where it lives in your body, and meet it with three gentle moves: soften, soothe and allow.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            Choose a mildly to moderately difficult situation to work with, not the hardest thing in your life. You are
            learning a skill; start where it is manageable.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Turning towards a feeling", """
                When a feeling hurts, we often try to push it away, argue with it, or drown in it. Each of these tends to
                make it last longer. This practice offers a middle way: turning towards the feeling with curiosity and
                kindness, one small step at a time.

                Naming an emotion ("this is sadness", "this is fear") gives you a little distance from it. Feeling it in
                the body gives you something concrete to be kind to. And softening, soothing and allowing are ways of
                caring for it rather than fighting it.
                """),
            ModuleStep.Practice("meet", "Label, feel, soften, soothe, allow", 12, """
                Sit comfortably and take a few relaxing breaths. Bring to mind a situation that is mildly difficult
                right now. Let yourself feel a little of it.

                **Label it.** What is the strongest feeling here? Sadness, fear, anger, loneliness, shame, grief? Say
                its name softly, in a kind voice, as you would to a friend: *"Ah, that's worry."*

                **Find it in the body.** Scan from your head down. Where do you feel this emotion most: a tight throat,
                a heavy chest, a churning stomach? Choose one place.

                **Soften.** Let the muscles around that place soften a little, as if you were warming them with a warm
                cloth. You are not trying to make the feeling go, only to stop bracing against it.

                **Soothe.** If you like, place a hand over that place, or over your heart, and let the warmth of your
                hand say *I'm here.* Offer yourself a few kind words: *This is hard. It makes sense that I feel this way.*

                **Allow.** Let the feeling be there, just as it is, with room to come and go. You do not need to like
                it. Soften, soothe, allow; soften, soothe, allow.

                When you are ready, let the situation go, open your eyes and feel your feet on the floor.
                """,
                required: true),
            ModuleStep.Rate("size", "How big it feels now",
                "How strong is the feeling now, compared with when you started?",
                "Gone", "Stronger than before"),
            ModuleStep.Reflect("learned", "What helped",
                "Which of the moves (naming, finding it in the body, softening, soothing, allowing) helped most?"),
        ],
        Sources = [ModuleSources.NeffGermer2018Workbook, ModuleSources.GermerNeff2019Teaching, ModuleSources.GermerNeff2013Clinical],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Deliberately contacting a painful emotion and its bodily feel can overwhelm a client with active PTSD or dissociation, and is not for acute suicidality or the first weeks of a bereavement. Practise it in session first with a mild example, and review any rise in distress.",
    }.Guarded(SensitiveFocus.Body, SensitiveFocus.Memories, SensitiveFocus.Touch);

    public static ModuleContent GivingAndReceiving { get; } = new ModuleContent
    {
        Title = "Giving and receiving compassion",
        Summary = "A breathing practice for people who look after others: breathe in kindness for yourself, breathe out kindness for someone else.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.Burnout, CareTrack.ChronicIllness],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This practice is for anyone who gives a lot of care: to patients, to family, to friends. It takes about
            fifteen minutes. You can open your eyes and simply breathe at any point.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Care that flows both ways", """
                When we care for people who are suffering, we often give and give and forget that we are in the room
                too. Over time that can leave us drained. This practice lets compassion flow both ways: some for you,
                some for the other person, in the rhythm of your own breathing.

                You can adjust the balance as you need. On a hard day, you might breathe in for yourself for several
                breaths and only occasionally breathe out for the other person. That is not selfish: you cannot pour
                from an empty cup.
                """),
            ModuleStep.Practice("breathe", "Breathing in for me, out for you", 12, """
                Settle in, and let your breathing find its own rhythm for a minute or so. If it helps, rest a hand on
                your heart, or keep your hands in your lap.

                **In for me.** As you breathe in, let yourself take in the warmth and kindness you need. You might
                imagine it as light or warmth entering your body. *In for me.*

                **Out for you.** Bring to mind someone you care for who is struggling. As you breathe out, send them
                the same warmth. *Out for you.*

                Continue, *one for me, one for you*. If you need more, take two or three breaths in for yourself. If
                your heart goes out to them, give a little more. Let it find its own balance, like the tide.

                Widen the circle if you like: *in for me, out for all who are caring for someone tonight.*

                Then let the words go, rest in your breathing for a few moments, open your eyes and feel your feet on
                the floor.
                """,
                required: true),
            ModuleStep.Rate("balance", "The balance today",
                "How much of the kindness did you manage to keep for yourself?",
                "None at all", "As much as I needed"),
            ModuleStep.Reflect("notice", "What you noticed",
                "What was it like to breathe in kindness for yourself while thinking of someone else?"),
        ],
        Sources = [ModuleSources.GermerNeff2019Teaching, ModuleSources.NeffGermer2018Workbook, ModuleSources.SingerKlimecki2014],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Bringing to mind someone who is suffering can be too much for a carer who is recently bereaved or whose patient has died, and for clients with active PTSD, dissociation or acute suicidality. Offer it in session first, or suggest a neutral person.",
    }.Guarded(SensitiveFocus.Body, SensitiveFocus.Memories, SensitiveFocus.Touch);
}
