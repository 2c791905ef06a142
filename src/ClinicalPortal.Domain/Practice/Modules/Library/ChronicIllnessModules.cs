using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules for living with a long-term illness: pacing and energy (energy management as in NICE guideline NG206,
/// 2021), grief for lost abilities (chronic sorrow, Eakes, Burke and Hainsworth 1998), a plan for flares, and living with
/// uncertainty (Mishel 1990), each met with self-compassion (Sirois, Molnar and Hirsch 2015). Our own wording; none of it
/// replaces the advice of the client's medical team.
/// </summary>
internal static class ChronicIllnessModules
{
    public static ModuleContent PacingAndEnergy { get; } = new()
    {
        Title = "Pacing and energy",
        Summary = "Plan your days within the energy you have, without pushing through and crashing, and without blaming yourself for your limits.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.ChronicIllness],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This is a planning exercise of about twenty minutes. Work out your plan with your medical team if your
            condition has its own guidance on activity. Nothing here asks you to do more than your body allows.
            """),
        Steps =
        [
            ModuleStep.Read("envelope", "Living within your energy", """
                With many long-term conditions, energy is limited and unpredictable. A common pattern is *boom and
                bust*: on a good day we do everything we have been putting off, and then pay for it with days of
                exhaustion or pain. Guidance for conditions such as ME/CFS describes energy management: knowing your
                own limits and staying within them, with rest planned in rather than earned.

                Self-compassion matters here because the inner critic often says *you're lazy*, *other people manage*,
                *push through*. A kinder voice says: *your body has real limits; caring for it is not giving up.*
                """),
            ModuleStep.Reflect("pattern", "Your pattern",
                "Think of a recent good day. What did you do, and how did you feel the day or two after?",
                required: true),
            ModuleStep.Checklist("plan", "Ways to pace this week",
            [
                new ChecklistItem("baseline", "Find an amount of activity I can manage on most days, even bad ones, and start from there."),
                new ChecklistItem("breaks", "Break bigger tasks into parts, with rest between them."),
                new ChecklistItem("rest", "Plan rest before I need it, not only after."),
                new ChecklistItem("stop", "Stop while I still have a little energy left."),
                new ChecklistItem("kind-word", "When I have to stop, say something kind to myself instead of criticising."),
            ], "Choose one or two to try; pacing is learned slowly."),
            ModuleStep.Reflect("critic", "The voice that says push",
                "What does your critical voice say when you rest, and what would a kind friend who understood your illness say instead?"),
            ModuleStep.Rate("ease", "How it feels",
                "How at ease do you feel with planning your days around your energy?",
                "Not at all", "Completely"),
        ],
        Sources = [ModuleSources.Nice2021Ng206, ModuleSources.Sirois2015, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Check that pacing advice fits the client's condition and their medical team's guidance (graded exercise is not recommended for ME/CFS under NICE NG206). Reflecting on lost capacity can bring up grief: with recent bereavement, acute suicidality, active PTSD or dissociation, go through it in session.",
    };

    public static ModuleContent GriefForLostAbilities { get; } = new ModuleContent
    {
        Title = "Grieving what illness has taken",
        Summary = "Make room for the sadness of things your body can no longer do, and meet it with the tenderness you would give a friend.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.ChronicIllness],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about twenty minutes and may bring up sadness; that is part of it. Have something
            comforting nearby, and stop whenever you need to.
            """),
        Steps =
        [
            ModuleStep.Read("grief", "A grief that comes and goes", """
                Living with a long-term illness often means losing things: a job, a sport, a role in the family, the
                ease of a body that just worked. These losses are real, and grieving them is natural. Unlike grief
                after a death, this grief may return again and again, at a new symptom, an anniversary, or a plan
                that has to change. Nurses who studied it called it chronic sorrow.

                Feeling this sadness does not mean you are coping badly. Self-compassion lets the grief be there, and
                lets you be held while it is.
                """),
            ModuleStep.Reflect("loss", "What you miss",
                "What ability or part of your life do you miss most? You can write as much or as little as you like.",
                required: true),
            ModuleStep.Practice("hold", "Holding the grief kindly", 8, """
                Sit or lie comfortably. If you like, place a hand on your heart, or hold one hand in the other, or rest
                your hands wherever they are comfortable.

                Bring to mind what you have lost. Let yourself feel a little of the sadness, only as much as is
                manageable. Notice where it shows up in your body.

                Say to yourself, slowly: *This is a real loss. It makes sense that I feel sad. Many people living with
                illness feel this too.*

                Ask: *What do I need right now?* Perhaps comfort, perhaps rest, perhaps to talk to someone. Offer
                yourself what you can.

                Then gently widen your attention to something that is still here: a person you love, a sense you
                enjoy, a small thing you can still do. Rest there for a few breaths, open your eyes, and feel your feet
                on the floor.
                """),
            ModuleStep.Reflect("still-here", "What is still here",
                "What is still possible for you, or has even grown, since your illness began?"),
        ],
        Sources = [ModuleSources.Eakes1998ChronicSorrow, ModuleSources.Sirois2015, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Deliberately contacting loss can deepen low mood; screen for depression first. Not for acute suicidality; with active PTSD (e.g. medical trauma), dissociation or a recent bereavement, do it in session and follow up any rise in distress.",
    }.Guarded(SensitiveFocus.Memories, SensitiveFocus.Body, SensitiveFocus.Touch);

    public static ModuleContent FlarePlan { get; } = new ModuleContent
    {
        Title = "A kind plan for flares",
        Summary = "Write, on a good day, what will help you through a bad one: what to drop, who to tell, how to care for yourself, and what to say to yourself.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.ChronicIllness],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            Fill this in on a reasonably good day, in about twenty minutes. Keep a copy where you can find it when a
            flare starts. Follow your medical team's advice on medicines and when to call them; this plan is for the
            rest.
            """),
        Steps =
        [
            ModuleStep.Read("why", "Planning ahead, kindly", """
                Flares are hard enough without having to make decisions in the middle of them. When pain or fatigue is
                high, thinking gets harder and the inner critic often gets louder: *you did too much*, *you'll let
                everyone down*.

                A flare plan is a letter from your good-day self to your bad-day self. It says what to let go of, who
                can help, what comforts you, and how to speak to yourself. It also reminds you that flares pass, even
                when they feel endless.
                """),
            ModuleStep.Reflect("signs", "Early signs",
                "What are the first signs that a flare may be starting for you?"),
            ModuleStep.Reflect("drop", "What to drop and who to tell",
                "During a flare, what can you cancel, postpone or hand over, and who will you let know?",
                required: true),
            ModuleStep.Reflect("comfort", "What comforts you",
                "Which things help you feel a little better during a flare (a warm bath, a film, a call, a particular blanket)?"),
            ModuleStep.Reflect("words", "Words for your bad-day self",
                "Write a few kind sentences to read during a flare, as a friend who understands would say them.",
                """
                For example: *"This is a flare, and flares pass. Resting is the right thing to do now. You have got
                through this before."*
                """),
            ModuleStep.Rate("ready", "How prepared you feel",
                "How prepared do you feel for your next flare?",
                "Not at all", "Well prepared"),
        ],
        Sources = [ModuleSources.Sirois2015, ModuleSources.Nice2021Ng206, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Check that the plan sits beside the client's medical flare advice and says when to seek urgent care. Recalling past flares can be distressing with active PTSD after medical trauma, dissociation, acute suicidality or a recent bereavement; review it together in session.",
    }.Guarded(SensitiveFocus.Memories); // it recalls past flares

    public static ModuleContent LivingWithUncertainty { get; } = new()
    {
        Title = "Living with uncertainty",
        Summary = "When you cannot know what your illness will do next, notice the worry, come back to what you can do today, and be kind to yourself about not knowing.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.CommonHumanity, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.ChronicIllness],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This module takes about fifteen minutes: a short reading, a few questions and a practice for worried
            moments.
            """),
        Steps =
        [
            ModuleStep.Read("not-knowing", "The hardest part can be not knowing", """
                Waiting for results, wondering how tomorrow will be, not knowing how an illness will develop: for many
                people, the uncertainty is as hard as the symptoms. Researchers of illness uncertainty describe how,
                over time, people can come to hold it differently, not as a threat to eliminate but as part of life
                that can leave room for new possibilities.

                We cannot make uncertainty go away. We can change how we treat ourselves while we live with it: with
                patience for the worry, and attention to what is in our hands today.
                """),
            ModuleStep.Reflect("worry", "What you are unsure about",
                "What uncertainty about your health weighs on you most at the moment?",
                required: true),
            ModuleStep.Reflect("in-hand", "What is in your hands",
                "Of everything connected with it, what is one thing you can influence today, however small?"),
            ModuleStep.Practice("not-knowing-practice", "A pause for not knowing", 5, """
                When worry about the future takes hold, try this pause.

                Notice the worry and name it kindly: *"Here's the not-knowing again."*

                Remind yourself that many people are waiting and wondering right now: *I'm not the only one who lives
                with this.*

                Bring your attention to this moment: feel your feet on the floor, notice three things you can see and
                one sound you can hear. *Right now, in this moment, I am here.*

                Offer yourself a kind phrase: *May I be patient with not knowing. May I take this one day at a time.*
                Then return to your day.
                """),
            ModuleStep.Rate("steady", "How steady you feel",
                "After the pause, how steady do you feel about not knowing?",
                "Not at all", "Very steady"),
        ],
        Sources = [ModuleSources.Mishel1990Uncertainty, ModuleSources.Sirois2015, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Focusing on an uncertain prognosis can heighten health anxiety. With acute suicidality, recent bereavement, active PTSD or dissociation, or while awaiting serious results, go through it in session and agree when to contact the medical team.",
    };
}
