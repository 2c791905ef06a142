using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// Built-in modules for people who care for others, at work (staff) or at home (family carers): empathic distress and
/// compassion fatigue (Singer and Klimecki 2014), moral distress (Jameton 1984), and equanimity phrases for carers (after
/// Germer and Neff 2019). The texts say "burnout" only of work, since ICD-11 QD85 defines burn-out as an occupational
/// phenomenon, and "caregiver strain" for family carers (Zarit, Reever and Bach-Peterson 1980 on carers' burden).
/// </summary>
internal static class CarerModules
{
    public static ModuleContent EmpathicDistress { get; } = new ModuleContent
    {
        Title = "When caring hurts: empathic distress and compassion fatigue",
        Summary = "Why feeling others' pain can wear you out, and how moving from sharing the pain to caring about the person can protect you.",
        Components = [CompassionComponent.SelfKindness, CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness],
        Tracks = [CareTrack.Burnout],
        EstimatedMinutes = 20,
        Instructions = ModuleSources.WithSafetyNote("""
            This module is for anyone who looks after people who suffer: health and care staff, and family carers. It
            takes about fifteen minutes.
            """),
        Steps =
        [
            ModuleStep.Read("two-paths", "Feeling with and caring for", """
                When we see someone suffer, we often feel some of their pain ourselves. That is empathy, and it is
                where care begins. But if we only share the pain, again and again, it can turn into *empathic
                distress*: we feel overwhelmed, want to withdraw, and slowly run dry. This is often called compassion
                fatigue, though researchers suggest "empathic distress fatigue" describes it better.

                Compassion is a little different: a warm wish to help, with a sense of steadiness. Studies of
                compassion training suggest it brings warmth and connection rather than distress. Being kind to
                yourself while you care for others is part of what makes that possible.

                At work, long-term exhaustion from the job is what ICD-11 calls burn-out. At home, caring for a loved one
                can bring its own heavy strain, often called caregiver strain. Both are real, and neither is a
                weakness.
                """),
            ModuleStep.Checklist("signs", "Signs you may notice",
            [
                new ChecklistItem("dread", "Dreading the next shift, visit or phone call"),
                new ChecklistItem("numb", "Feeling numb or detached from the people I care for"),
                new ChecklistItem("intrusive", "Their suffering stays with me long after I leave"),
                new ChecklistItem("irritable", "Getting irritable or short with people close to me"),
                new ChecklistItem("empty", "Feeling I have nothing left to give"),
            ], "Tick any you recognise in the last few weeks."),
            ModuleStep.Reflect("moment", "A moment of feeling flooded",
                "Think of a recent moment when someone else's pain felt like too much. What happened in you?",
                required: true),
            ModuleStep.Reflect("care-for-me", "Care for the carer",
                "If a colleague or friend told you they felt this way, what would you want for them? Can you want it for yourself too?"),
            ModuleStep.Rate("reserves", "Your reserves",
                "How full do your reserves of care feel right now?",
                "Empty", "Full"),
        ],
        Sources = [ModuleSources.SingerKlimecki2014, ModuleSources.WhoIcd11Burnout, ModuleSources.Zarit1980, ModuleSources.HashemZeinoun2020],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Recalling distressing care moments can surface secondary traumatic stress. With active PTSD, dissociation, acute suicidality or a recent bereavement (including the death of a patient or the person cared for), go through it in session. Use 'caregiver strain', not burnout, for family carers.",
    }.Guarded(SensitiveFocus.Memories);

    public static ModuleContent MoralDistress { get; } = new ModuleContent
    {
        Title = "Moral distress: when you cannot do what you believe is right",
        Summary = "For carers who know what the right thing is but are kept from doing it: name the distress, honour your values, and share the weight.",
        Components = [CompassionComponent.CommonHumanity, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.Burnout],
        EstimatedMinutes = 25,
        Instructions = ModuleSources.WithSafetyNote("""
            This is a reflective writing module of about twenty minutes, for staff and for family carers. You do not
            need to write about anything confidential: a few words that remind you of the situation are enough.
            """),
        Steps =
        [
            ModuleStep.Read("what", "Distress that comes from caring about doing right", """
                Moral distress is the pain of knowing what you believe is the right thing to do and being unable to do
                it, because of staffing, rules, money, someone else's decision, or simply too little time. A nurse who
                cannot sit with a dying patient, a carer who cannot get the help a parent needs: the distress comes
                precisely from caring.

                Moral distress is not a sign that you are failing. It is a sign that your values are alive. Left alone,
                though, it can build up into guilt, anger and exhaustion. Naming it, sharing it, and treating yourself
                with the understanding you would show a colleague can ease the weight.
                """),
            ModuleStep.Reflect("situation", "A situation that stays with you",
                "Describe briefly a situation where you could not do what you believed was right. What stopped you?",
                required: true),
            ModuleStep.Reflect("value", "The value underneath",
                "What value of yours was at stake? What does the distress show you about what you care about?"),
            ModuleStep.Reflect("kind", "What you would tell a colleague",
                "If a colleague or another carer told you this story, what would you say to them? Write it to yourself."),
            ModuleStep.Checklist("share", "Sharing the weight",
            [
                new ChecklistItem("talk", "Talk it over with someone I trust (a colleague, supervisor, friend or carers' group)."),
                new ChecklistItem("raise", "Raise what got in the way with someone who can change it, if it is safe to do so."),
                new ChecklistItem("limits", "Remind myself which parts were outside my control."),
                new ChecklistItem("rest", "Do one thing to look after myself after a hard day."),
            ]),
        ],
        Sources = [ModuleSources.Jameton1984, ModuleSources.WhoIcd11Burnout, ModuleSources.Zarit1980, ModuleSources.NeffGermer2018Workbook],
        Attribution = ModuleSources.WrittenFromResearch,
        ClinicianCaution =
            "Revisiting morally injurious events can bring up guilt, shame or trauma. With active PTSD, dissociation, acute suicidality, or a recent bereavement (the death of a patient or relative), go through it in session. Point staff to organisational routes as well as self-care; use 'caregiver strain' for family carers.",
    }.Guarded(SensitiveFocus.Memories);

    public static ModuleContent EquanimityForCarers { get; } = new ModuleContent
    {
        Title = "Steady phrases for carers: compassion with equanimity",
        Summary = "A few phrases to hold when you cannot take away someone's suffering: care deeply, and accept what is beyond your control.",
        Components = [CompassionComponent.CommonHumanity, CompassionComponent.Mindfulness, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.Burnout, CareTrack.General],
        EstimatedMinutes = 15,
        Instructions = ModuleSources.WithSafetyNote("""
            This short practice takes about ten minutes. Once you have found phrases that fit, you can say them silently
            during a visit, a shift or on the way home.
            """),
        Steps =
        [
            ModuleStep.Read("balance", "Caring without carrying it all", """
                Carers often feel responsible for fixing what cannot be fixed. Equanimity is a steady, balanced state of
                mind that lets us stay open and warm while accepting that each person's path, including their
                suffering, is not fully in our hands.

                Equanimity is not coldness. It lets compassion last. Phrases like the ones below, our own wording of
                an idea from a practice for carers, are reminders you can come back to whenever you need them:

                > *Each person has their own path through life.*\
                > *I did not cause this suffering, and I cannot make all of it go away.*\
                > *This is hard to witness, and I can still offer the help I can.*
                """),
            ModuleStep.Practice("phrases", "Holding the phrases", 6, """
                Sit comfortably and take a few slow breaths. Bring to mind someone you care for whose suffering you
                cannot take away. Picture them briefly, then come back to your breath.

                Say the phrases slowly, letting each one settle, and return to your breathing between them. Then say
                them once more, this time imagining that a wise friend is saying them to you.

                Notice any phrase that brings a little relief, and any that does not fit. Change the words until they
                sound like you.

                Finish by offering yourself a kind wish: *May I care for others and for myself.* Open your eyes and
                feel your feet on the floor.
                """,
                required: true),
            ModuleStep.Reflect("my-phrase", "Your own phrase",
                "Write the phrase, or your own version, that you would like to carry with you."),
            ModuleStep.Rate("steady", "How steady you feel",
                "After the practice, how steady do you feel about what you cannot control?",
                "Not at all", "Very steady"),
        ],
        Sources = [ModuleSources.GermerNeff2019Teaching, ModuleSources.SingerKlimecki2014, ModuleSources.Zarit1980],
        Attribution = ModuleSources.AdaptedFromNeffGermer,
        ClinicianCaution =
            "Bringing a suffering person to mind can be too much for a recently bereaved carer (including after the death of a patient) or one with active PTSD, dissociation or acute suicidality; suggest a less charged person, or practise in session first.",
    }.Guarded(SensitiveFocus.Memories);
}
