using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules for one care track: living with a chronic illness (acceptance and the body; Sirois, Molnar and
/// Hirsch 2015; Albertson, Neff and Dill-Shackleford 2015) and recovering from burnout (exhaustion, boundaries and
/// recovery; WHO ICD-11 QD85; Maslach and Leiter 2016; Kristensen et al. 2005). See <see cref="ModuleSources"/>.
/// </summary>
internal static class TrackModules
{
    public static ModuleContent BodyAndIllness { get; } = new()
    {
        Title = "Living kindly with your body and a chronic illness",
        Summary = "Meet the changes and limits a long-term illness brings with acceptance instead of self-blame: a kind body scan, a letter to the hard part, and small acts of care.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.ChronicIllness],
        EstimatedMinutes = 30,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about thirty minutes and can be done over two or three sittings. Adapt every step to
            your body today: you can do the body scan lying down, sitting or in any position that is comfortable, and
            you can stop at any point.

            Nothing here replaces the advice of your medical team. If a symptom is new, severe or worrying, contact
            them.
            """),
        Steps =
        [
            ModuleStep.Read("unwell", "Living in a body that is unwell", """
                A long-term illness asks a great deal. There are symptoms and treatments, appointments and uncertainty,
                and often a quiet grief for the things your body used to do easily. On top of that, many people blame
                themselves: for being ill, for not coping better, for needing rest or help.

                Self-compassion offers another way of relating to all of this. In studies of people living with
                arthritis and with inflammatory bowel disease, those who were more self-compassionate reported less
                stress, and the link ran through how they coped: more active coping, acceptance and positive
                reframing, and less self-blame and giving up. In a trial among women, three weeks of self-compassion
                meditation reduced body dissatisfaction and body shame and increased body appreciation.

                Acceptance does not mean giving up or liking what is happening. It means acknowledging what is true
                today, so you can put your energy into caring for yourself rather than fighting yourself.
                """),
            ModuleStep.Practice("body-scan", "A kind body scan", 10, """
                Settle into a position that is as comfortable as your body allows today, and let your eyes close or
                soften. Take a few natural breaths.

                Bring your attention to your feet. Notice whatever is there: warmth, coolness, tingling, numbness,
                ache, or nothing in particular. There is no right thing to feel. If you like, silently say to that
                part of your body: *Thank you for carrying me.*

                Slowly move your attention upwards: ankles, calves, knees, thighs, hips. Then your belly and lower
                back, your chest and upper back, your hands, arms and shoulders, your neck, face and head. Spend a few
                breaths with each area.

                When you come to a place that hurts or that you find hard to accept, you have a choice. You can stay
                near it gently, as you might sit beside a friend who is unwell, perhaps resting a hand on or near it
                and saying *This is hard. I'm here.* Or, if that is too much today, you can move your attention to a
                part of your body that feels neutral or at ease, such as your hands or your breath. Both are acts of
                care.

                To finish, take in your body as a whole: the body that has carried you through everything so far.
                Offer it a simple wish: *May I be kind to this body, as it is today.* Then slowly open your eyes.
                """),
            ModuleStep.Reflect("still-does", "What your body still does",
                "List a few things your body still does for you, even on difficult days. Small things count.",
                "For example: it lets you hear a voice you love, taste your morning drink, feel the sun, or hold a hand."),
            ModuleStep.Reflect("hard-part", "Speaking to the hard part",
                "Think of a symptom, limit or change in your body that you struggle with. Write about it to yourself with the patience you would show a friend living with the same condition.",
                """
                You might acknowledge how hard it is, how much you have already adapted, and what you need from
                yourself on the bad days. If blame shows up (*I should be managing better*), answer it as the friend
                would.
                """,
                required: true),
            ModuleStep.Checklist("care", "Gentle care this week",
            [
                new ChecklistItem("pace", "Plan one rest before I need it, instead of waiting until I am exhausted."),
                new ChecklistItem("ask", "Ask for help with one task, and let that be enough."),
                new ChecklistItem("not-failing", "When I cannot do something, tell myself: this is the illness, not a failing of mine."),
                new ChecklistItem("questions", "Write down my questions for my next appointment."),
                new ChecklistItem("enjoy", "Do one small thing my body enjoys."),
            ]),
            ModuleStep.Rate("acceptance", "Acceptance today",
                "Today, how much can you let your body be as it is, without fighting it?",
                "Not at all", "Completely"),
        ],
        Sources = [ModuleSources.Sirois2015, ModuleSources.Albertson2015, ModuleSources.Neff2003Conceptualization],
    };

    public static ModuleContent BurnoutBoundaries { get; } = new()
    {
        Title = "Burnout: recovery and boundaries",
        Summary = "For carers and health workers running on empty: understand what burnout is, see where your energy goes, set one boundary, and plan real recovery.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.Burnout],
        EstimatedMinutes = 30,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about thirty minutes, and you can split it over several days. It is written for people
            who care for others, paid or unpaid: nurses, doctors, therapists, support workers, and family carers.
            """),
        Steps =
        [
            ModuleStep.Read("what", "What burnout is, and is not", """
                The World Health Organization describes burnout as the result of chronic workplace stress that has not
                been successfully managed, with three features: feeling drained or exhausted; growing distance,
                negativity or cynicism about the job; and a sense of no longer being effective. Some researchers put
                the emphasis on exhaustion alone, and on how far people attribute that exhaustion to their work or to
                the people they care for.

                Burnout is not a personal weakness. Decades of research show that it grows out of the situation as
                much as the person: too much to do with too few resources, little control, too little recognition,
                and work that clashes with your values. People who care for others are especially exposed, because
                the work asks for so much of yourself.

                Self-compassion will not fix an unworkable situation. But among health professionals, those who are
                more self-compassionate report less exhaustion, and kindness towards yourself makes it easier to
                notice your limits, rest without guilt, and ask for the changes you need.
                """),
            ModuleStep.Rate("energy", "Your energy this week",
                "Over the past week, how much energy have you usually had left after work or caring?",
                "None left", "Plenty left"),
            ModuleStep.Reflect("drains", "Where your energy goes",
                "What drains you most at the moment? And what, if anything, gives you some energy back?",
                "Be specific: particular tasks, times of day, people, or expectations you hold of yourself."),
            ModuleStep.Reflect("boundary", "One boundary",
                "Choose one boundary that would protect your energy this week. Write it down, and the words you will use if you need to say it aloud.",
                """
                A boundary can be small: a time you stop answering messages, a task you hand back or share, a request
                you decline, a break you actually take. If guilt comes up, remember that protecting your energy is
                part of being able to keep caring for others.
                """,
                required: true),
            ModuleStep.Checklist("recovery", "Recovery this week",
            [
                new ChecklistItem("breaks", "Take the breaks I am due, away from the ward, the desk or the phone."),
                new ChecklistItem("stop", "Stop at an agreed time on at least three days."),
                new ChecklistItem("detach", "Do one thing after work that has nothing to do with looking after anyone."),
                new ChecklistItem("sleep", "Keep the same wind-down routine before sleep on most nights."),
                new ChecklistItem("talk", "Tell a colleague, supervisor or friend how things really are for me."),
                new ChecklistItem("enough", "When I think I should be doing more, remind myself that rest is part of doing this work well."),
            ]),
            ModuleStep.Practice("pause", "A three-minute kindness pause", 3, """
                Use this between patients, between shifts, or before you walk through your front door.

                **First minute: arrive.** Stop where you are. Feel your feet on the floor. Notice how tired you
                actually are, without judging it: *I'm running low right now.*

                **Second minute: widen.** Remember that many people in caring work feel exactly this. Exhaustion in
                this work is a sign of how much it asks of you, not proof that you are failing.

                **Third minute: offer kindness.** Rest a hand on your chest or arm, or simply soften your shoulders.
                Ask: *What is one kind thing I can do for myself in the next hour?* A glass of water, a few minutes
                outside, a message to a friend. Then, if you can, do it.
                """),
            ModuleStep.Read("more-help", "When it is more than burnout", """
                Burnout and depression can overlap. If for most of the past two weeks you have felt low or hopeless,
                lost interest in things you usually enjoy, or struggled to get through the day, talk to your clinician
                or your doctor. Those are signs to look at together, not to push through alone.

                Many workplaces also offer occupational health or confidential staff support. Using them is a
                sensible step, not a sign that you cannot cope.
                """),
        ],
        Sources =
        [
            ModuleSources.WhoIcd11Burnout, ModuleSources.MaslachLeiter2016, ModuleSources.Kristensen2005,
            ModuleSources.HashemZeinoun2020,
        ],
    };
}
