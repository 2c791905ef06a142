using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules adapted from Paul Gilbert's Compassion-Focused Therapy (Gilbert 2009, Advances in Psychiatric
/// Treatment 15:199-208; Gilbert 2014, British Journal of Clinical Psychology 53:6-41): the three emotion-regulation
/// systems (threat, drive, soothing), soothing-rhythm breathing, the compassionate-self imagery, and fears of compassion
/// (Gilbert et al. 2011). Written in our own words; heart-rate variability findings are presented as preliminary.
/// </summary>
internal static class CompassionFocusedModules
{
    public static ModuleContent ThreeSystems { get; } = new()
    {
        Title = "Three systems of feeling: threat, drive and soothing",
        Summary = "A simple map of how our emotions work, and why the soothing system often needs more of our attention, without any blame.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.CommonHumanity],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This is mostly reading, with a short reflection. It takes about fifteen minutes. It may help to sketch three
            circles on a piece of paper as you go.
            """),
        Steps =
        [
            ModuleStep.Read("map", "Three circles", """
                Compassion-focused therapy describes three systems that work together to shape how we feel:

                - **Threat and protection** notices danger and moves us to act fast: anxiety, anger, disgust. It kept
                  our ancestors alive, and it tends to win when it is switched on.
                - **Drive and achievement** moves us towards goals and rewards: excitement, wanting, pleasure in doing.
                - **Soothing and contentment** lets us rest when we are safe and not striving: calm, connection, warmth.
                  Kindness, from others and from ourselves, is one of the things that switches it on.

                In many busy or painful lives, the threat and drive circles are large and the soothing circle is small.
                That is not a personal failing.
                """),
            ModuleStep.Read("not-your-fault", "Not your fault, but in your hands", """
                We did not choose the brains evolution gave us, the families we were born into, or the illnesses and
                pressures we face. So the balance of our three systems is not our fault.

                It is, though, something we can slowly look after. Soothing practices, kind connection with others, and
                a gentler inner voice all help the soothing system to grow, so that threat and drive are better
                balanced. The other modules in this series are ways of doing that.
                """),
            ModuleStep.Reflect("circles", "Your three circles",
                "Think of a typical week. How big is each of your circles: threat, drive, soothing? What fills each one?",
                required: true),
            ModuleStep.Reflect("soothing", "What soothes you",
                "What people, places or activities help you feel safe, calm and connected, even a little?"),
            ModuleStep.Rate("balance", "Your balance",
                "Right now, how much room does the soothing system have in your life?",
                "None", "Plenty"),
        ],
        Sources = [ModuleSources.Gilbert2009Introducing, ModuleSources.Gilbert2014Origins],
        Attribution = ModuleSources.AdaptedFromGilbert,
        ClinicianCaution =
            "Psychoeducation, usually low-risk. Clients with active PTSD may find the threat-system material activating; with dissociation, acute suicidality or recent bereavement, discuss the map in session rather than alone.",
    };

    public static ModuleContent SoothingRhythmBreathing { get; } = new ModuleContent
    {
        Title = "Soothing-rhythm breathing",
        Summary = "Slow, steady breathing that helps the body shift towards calm, as a base for the other compassion practices.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 15,
        Instructions = ModuleSources.WithSafetyNote("""
            Sit upright but relaxed, feet flat on the floor if you can. The practice takes five to ten minutes. If you
            have a breathing condition, breathe in the way that is comfortable for you; there is no need to force it.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Slowing down on purpose", """
                When the threat system is active, breathing tends to become quicker and higher in the chest. Slowing the
                breath a little, to a steady, comfortable rhythm, is one way of signalling to the body that it is safe
                to settle.

                Some studies link slow breathing and compassion practice with higher heart-rate variability, a sign of
                the body's calming system at work. This research is early and comes mainly from small studies, so treat
                it as a reason to try, not as a promise. What matters is how it feels for you.
                """),
            ModuleStep.Practice("breathe", "Finding your soothing rhythm", 8, """
                Let your eyes close or rest your gaze on the floor. Notice your breathing for a few moments without
                changing it.

                Now let the breath slow down a little. Breathe in gently through your nose for a count of about four,
                and out for a count of about four or five. Find a rhythm that feels comfortable, slightly slower and
                deeper than usual, but never strained.

                As you breathe out, let your shoulders drop and your face soften. You might let a slight, friendly
                smile come to your lips.

                If your mind wanders, that is fine: come back kindly to the rhythm. If counting becomes a chore, let it
                go and just feel the slow in and out.

                To finish, let your breathing return to its own pace, open your eyes and feel your feet on the ground.
                """,
                required: true),
            ModuleStep.Rate("calmer", "After the practice",
                "How calm does your body feel now?",
                "Not calm", "Very calm"),
            ModuleStep.Reflect("when", "When to use it",
                "When could a minute of soothing-rhythm breathing help you this week?"),
        ],
        Sources = [ModuleSources.Gilbert2009Introducing, ModuleSources.Kirby2017Hrv, ModuleSources.Gilbert2014Origins],
        Attribution = ModuleSources.AdaptedFromGilbert,
        ClinicianCaution =
            "Breath focus can raise anxiety or trigger panic or trauma memories. With active PTSD, dissociation, panic disorder, acute suicidality, recent bereavement or a respiratory condition, teach it in session, keep eyes open and counts gentle.",
    }.Guarded(SensitiveFocus.Body);

    public static ModuleContent CompassionateSelf { get; } = new ModuleContent
    {
        Title = "Imagining your compassionate self",
        Summary = "Picture yourself at your wisest, warmest and strongest, and let that part of you look at a difficulty.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This imagery practice takes about fifteen minutes. Start with a minute or two of soothing-rhythm breathing.
            Images do not need to be clear: a sense or a feeling is enough.
            """),
        Steps =
        [
            ModuleStep.Read("what", "Like an actor taking a role", """
                In compassion-focused therapy, the compassionate self is a way of being that we can practise, like an
                actor getting into a role. It has three qualities: **wisdom** (understanding that much of our pain is
                not our fault), **strength** (the courage to face what is hard), and **warmth** (a real wish to help).

                You do not have to feel like this already. You are imagining what it would be like if you did, and
                each time you practise, it becomes a little more familiar.
                """),
            ModuleStep.Practice("imagine", "Becoming your compassionate self", 10, """
                Sit comfortably and breathe in your soothing rhythm for a minute or so.

                Now imagine that you are a deeply compassionate person. Think of the qualities you would have: wise,
                calm, strong, kind, not judging. Imagine your face softening, your posture becoming a little more
                confident and relaxed, your voice warm.

                Feel what it is like to be this person, even for a moment. Notice the sense of strength and the wish to
                help.

                From this place, bring to mind a difficulty you are facing (a mild one to begin with). Look at yourself
                in that situation through the eyes of your compassionate self. What do you understand? What would you
                like for yourself? What might you say?

                Let the image fade when you are ready, breathe a few times, open your eyes and feel your feet on the
                floor.
                """,
                required: true),
            ModuleStep.Reflect("said", "What your compassionate self said",
                "What did your compassionate self understand or want to say about the difficulty?"),
            ModuleStep.Rate("felt", "How real it felt",
                "How much could you feel the warmth and strength of your compassionate self?",
                "Not at all", "Very much"),
        ],
        Sources = [ModuleSources.Gilbert2009Introducing, ModuleSources.Gilbert2014Origins, ModuleSources.GilbertProcter2006],
        Attribution = ModuleSources.AdaptedFromGilbert,
        ClinicianCaution =
            "Imagery can evoke trauma images in active PTSD, or dissociation, and looking at a difficulty can flood a client with acute suicidality or a recent bereavement. Guide the first practice in session, keep the difficulty mild, and offer eyes-open imagery.",
    }.Guarded(SensitiveFocus.Memories, SensitiveFocus.Body);

    public static ModuleContent FearsOfCompassion { get; } = new ModuleContent
    {
        Title = "When kindness feels hard: fears of compassion",
        Summary = "If being kind to yourself feels odd, undeserved or even frightening, you are not alone; explore what gets in the way, gently.",
        Components = [CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This is a reading and reflection exercise of about fifteen minutes. Nothing here is a test; every answer is
            useful.
            """),
        Steps =
        [
            ModuleStep.Read("common", "A very common reaction", """
                Many people find that when they try to be kind to themselves, something pushes back. It might feel
                self-indulgent, weak, or undeserved. It might feel like letting their guard down, or it might stir up
                sadness. Researchers have found that such fears of compassion, towards ourselves, from others, and
                towards others, are common, and are linked with self-criticism.

                These fears usually make sense. If kindness was rare, unreliable or came with strings attached in your
                life, your mind may have learned to be wary of it. That is a form of protection, not a flaw.
                """),
            ModuleStep.Checklist("which", "What sounds familiar",
            [
                new ChecklistItem("indulgent", "Being kind to myself feels self-indulgent or selfish."),
                new ChecklistItem("weak", "If I go easy on myself, I'll lose my edge or stop trying."),
                new ChecklistItem("undeserved", "I don't deserve kindness."),
                new ChecklistItem("sad", "When someone is kind to me, I feel sad or uncomfortable."),
                new ChecklistItem("unsafe", "Letting my guard down feels unsafe."),
            ], "Tick any that sound like you, even a little."),
            ModuleStep.Reflect("origin", "Where it comes from",
                "Choose one of these fears. Where do you think it came from, and how has it tried to protect you?",
                required: true),
            ModuleStep.Reflect("small", "A small, safe step",
                "What is one very small act of kindness towards yourself that would feel safe enough to try?",
                """
                Small is good here: a cup of tea taken slowly, a kind word after a mistake. You can build from there at
                your own pace, and talk the fears over with your clinician.
                """),
        ],
        Sources = [ModuleSources.Gilbert2011Fears, ModuleSources.Gilbert2014Origins, ModuleSources.GermerNeff2013Clinical],
        Attribution = ModuleSources.AdaptedFromGilbert,
        ClinicianCaution =
            "Reflecting on where fears of compassion come from can touch early neglect or abuse. With active PTSD, dissociation, acute suicidality or recent bereavement, work through it in session; the Fears of Compassion Scales can guide the discussion.",
    }.Guarded(SensitiveFocus.Memories);
}
