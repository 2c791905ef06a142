using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules built around a short guided practice or a reminder: the self-compassion break, loving-kindness
/// meditation and the common-humanity reminder. The scripts are our own wording of practices of the kind taught in the
/// Mindful Self-Compassion programme (Neff and Germer 2013) and studied by Hutcherson, Seppala and Gross (2008).
/// </summary>
internal static class GuidedPractices
{
    public static ModuleContent SelfCompassionBreak { get; } = new()
    {
        Title = "Self-compassion break",
        Summary = "A five-minute guided pause for moments when stress hits: notice the difficulty, remember you are not alone, and offer yourself kindness.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.CommonHumanity, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 10,
        Instructions = ModuleSources.WithSafetyNote("""
            Use this break whenever something difficult is happening or has just happened: a worrying message, a
            flare of symptoms, a hard shift, an argument. Once you know the steps, you can do a shorter version
            anywhere, even with your eyes open in a busy room.
            """),
        Steps =
        [
            ModuleStep.Read("when", "What the break is for", """
                When we are stressed, we tend to do one of two things: push the feeling away, or get swept up in it.
                The self-compassion break is a third option. In a few minutes it walks you through the three parts of
                self-compassion, one after the other:

                1. **Mindfulness:** noticing, without judgment, that this moment is hard.
                2. **Common humanity:** remembering that struggle is something all people share.
                3. **Self-kindness:** offering yourself the care you would offer anyone else who was hurting.

                It will not make the difficulty disappear. It changes how you are with yourself while it is there.
                """),
            ModuleStep.Rate("before", "Before you begin",
                "How much distress do you feel right now?",
                "None", "The most I can imagine"),
            ModuleStep.Practice("break", "The self-compassion break", 5, """
                Find a position that lets you breathe a little more easily, sitting or standing. Close your eyes if
                that feels comfortable, or rest your gaze on the floor in front of you.

                **1. Notice that this is hard.** Bring to mind the situation that is troubling you. Let yourself feel
                a little of the stress in your body. Where does it show up: a tight chest, a knot in the stomach,
                heat in the face, tension in the shoulders? Without arguing with it, say quietly to yourself:

                > *This is really hard right now.*

                or simply *This hurts.* Use whatever words sound natural to you. Take two or three slow breaths.

                **2. Remember that you are not the only one.** Remind yourself that difficulty is something every
                person meets, however things look from the outside. Say to yourself:

                > *I'm not alone in this. Other people feel this way too.*

                You might picture the many people who, at this very moment, are facing something similar to you:
                waiting for news, feeling exhausted, feeling they got something wrong. Take a few breaths with them in
                mind.

                **3. Offer yourself some kindness.** Place a hand somewhere that feels comforting: over your heart, on
                your cheek, or one hand gently holding the other. Notice the warmth and the light pressure of your
                hand. Then ask yourself:

                > *What do I need to hear right now?*

                Offer yourself those words, as you would to a friend in the same situation. For example: *May I be
                patient with myself. I'm doing the best I can. I can take this one step at a time.* If no words come,
                the warmth of your hand is enough.

                **4. Rest for a few breaths.** Stay with your hand and your breathing for a little longer. When you are
                ready, let your hand rest, open your eyes, and return to your day at your own pace.
                """,
                required: true),
            ModuleStep.Rate("after", "After the break",
                "How much distress do you feel now?",
                "None", "The most I can imagine"),
            ModuleStep.Reflect("helped", "What helped",
                "Which part of the break helped most, and which words would you like to use next time?"),
        ],
        Sources = [ModuleSources.NeffGermer2013, ModuleSources.Neff2003Conceptualization],
    };

    public static ModuleContent LovingKindness { get; } = new()
    {
        Title = "Loving-kindness meditation",
        Summary = "A fifteen-minute guided meditation offering warm wishes to someone you love, to yourself, to someone you hardly know, and to people everywhere.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            Choose a time when you can sit or lie down for about fifteen minutes without being disturbed. You may like
            to have someone read the script to you slowly, or read one section at a time and pause between them.
            """),
        Steps =
        [
            ModuleStep.Read("about", "About this practice", """
                Loving-kindness meditation is an old contemplative practice: you silently repeat a few warm wishes,
                first for someone it is easy to care about, and gradually for yourself and for others. In a laboratory
                study, even a few minutes of it increased people's feelings of connection and warmth towards
                strangers, compared with a closely matched exercise.

                The aim is not to force a feeling. Some days you will feel warmth, some days very little, and some days
                the wishes may bring up sadness. All of that is part of the practice. What matters is the intention
                behind the words.
                """),
            ModuleStep.Practice("meditation", "Loving-kindness meditation", 15, """
                Settle into a comfortable position. Let your breathing find its own rhythm. For a minute or so, simply
                notice the feeling of your body being supported by the chair, the bed or the floor.

                **Someone easy to love (about 3 minutes).** Bring to mind a person or an animal who makes you smile
                without effort: a friend, a grandparent, a child, a pet. Picture them as clearly as you can. Silently
                offer them these wishes, slowly, letting each one settle before the next:

                > *May you feel safe.*\
                > *May you be at peace.*\
                > *May you be well in body.*\
                > *May you meet your days with ease.*

                Repeat the wishes a few times. If other words feel more natural to you, use them.

                **Including yourself (about 4 minutes).** Now picture yourself alongside this person, both of you held
                in the same warmth. Offer the wishes to both of you: *May we feel safe. May we be at peace...* Then,
                when you are ready, let the other person fade and offer the wishes to yourself alone:

                > *May I feel safe.*\
                > *May I be at peace.*\
                > *May I be well in body.*\
                > *May I meet my days with ease.*

                Many people find this the hardest part. If it feels awkward or empty, notice that gently; you are not
                doing it wrong. You might place a hand on your heart while you repeat the words.

                **Someone you hardly know (about 3 minutes).** Think of someone you see but do not really know: a
                neighbour, a person at the shop, someone in a waiting room. They, too, have hopes, worries and hard
                days. Offer them the same wishes: *May you feel safe. May you be at peace...*

                **Widening the circle (about 3 minutes).** Let the wishes spread outwards: to the people in your
                building or street, in your town, and then to people everywhere, including those who are ill, those
                who are tired, and those who spend their days caring for others. *May all of us feel safe. May all of
                us be at peace. May all of us be well. May all of us meet our days with ease.*

                **Closing (about a minute).** Let the words go. Rest for a few breaths in whatever you are feeling
                now. When you are ready, gently move your fingers and toes, and open your eyes.
                """,
                required: true),
            ModuleStep.Rate("receive", "Offering kindness to yourself",
                "When you offered the wishes to yourself, how easy was it to take them in?",
                "Very hard", "Very easy"),
            ModuleStep.Reflect("noticed", "What you noticed",
                "What did you notice during the practice? Warmth, resistance, sadness, restlessness, nothing much: all of it is welcome here."),
        ],
        Sources = [ModuleSources.Hutcherson2008, ModuleSources.NeffGermer2013, ModuleSources.Neff2003Conceptualization],
    };

    public static ModuleContent CommonHumanity { get; } = new()
    {
        Title = "You are not the only one",
        Summary = "A short reminder practice for moments of feeling alone with a difficulty: everyone struggles sometimes, and that is part of being human.",
        Components = [CompassionComponent.CommonHumanity],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 15,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about fifteen minutes. The checklist at the end gives you a few small ways to practise
            the reminder during the coming week.
            """),
        Steps =
        [
            ModuleStep.Read("alone", "The feeling that it is only you", """
                When something goes wrong, or when life becomes hard, it is easy to feel that you are the only one:
                everyone else seems to be coping, managing their health, keeping up at work, getting it right. That
                sense of being cut off often hurts as much as the difficulty itself.

                Self-compassion research calls the alternative *common humanity*: recognising that suffering, failure
                and imperfection are part of the shared human experience, not a sign that something is uniquely wrong
                with you. You are not alone in struggling, even when it feels that way.

                A simple reminder can help: *Everyone struggles sometimes; that is part of being human.*
                """),
            ModuleStep.Reflect("moment", "A moment you felt alone in it",
                "Think of a recent moment when you felt you were the only one struggling or getting things wrong. What happened, and what did you tell yourself?",
                required: true),
            ModuleStep.Reflect("widen", "Widen the view",
                "How many other people might be facing something similar right now? What might they be feeling, and what would you wish for them?",
                """
                You do not need to know them. Imagine people in other homes, hospitals, workplaces and countries who
                are going through something like this today.
                """),
            ModuleStep.Rate("connected", "Alone or connected",
                "Right now, how connected do you feel to other people who struggle as you do?",
                "Completely alone", "Deeply connected"),
            ModuleStep.Checklist("this-week", "Practise the reminder this week",
            [
                new ChecklistItem("reminder", "When I notice the thought \"it's only me\", I will remind myself: everyone struggles sometimes; that is part of being human."),
                new ChecklistItem("share", "I will tell one person I trust about something I find hard."),
                new ChecklistItem("notice-others", "When I see someone else struggling, I will notice that I feel for them, and offer myself the same understanding."),
                new ChecklistItem("read-back", "At the end of one day, I will read back what I wrote here."),
            ]),
        ],
        Sources = [ModuleSources.Neff2003Conceptualization, ModuleSources.Neff2003Scale, ModuleSources.Leary2007],
    };
}
