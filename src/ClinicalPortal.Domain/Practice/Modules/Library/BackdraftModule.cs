using ClinicalPortal.Domain.Clients;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The library's entry on backdraft: old pain that can surface when kindness is offered, as Germer and Neff describe it
/// (Germer and Neff 2013, J Clin Psychol 69:856-867; Germer and Neff 2019). Every practice that turns to touch, the body
/// or memories links here (<see cref="ModuleSafeguards"/>). Our own wording.
/// </summary>
internal static class BackdraftModule
{
    public static ModuleContent Content { get; } = new()
    {
        Title = "When kindness stirs up old pain (backdraft)",
        Summary = "Why a kind practice can sometimes make you feel worse for a while, what that means, and how to look after yourself when it happens.",
        Components = [CompassionComponent.Mindfulness, CompassionComponent.SelfKindness],
        Tracks = [CareTrack.General, CareTrack.ChronicIllness, CareTrack.Burnout],
        EstimatedMinutes = 10,
        Instructions = ModuleSources.WithSafetyNote("""
            Read this before you start the practices that work with touch, the body or memories, and come back to it
            whenever a practice leaves you feeling worse rather than better.
            """),
        Steps =
        [
            ModuleStep.Read("what", "What backdraft is", """
                When a door is opened on a fire that has been starved of air, the fresh air can make the flames leap
                up for a moment. Teachers of self-compassion use this picture, *backdraft*, for something many people
                notice: when we start offering ourselves kindness, old pain that we have kept shut away can rush out.

                You might feel sad, lonely, angry or ashamed, remember hard times, or feel tense or numb in your body.
                Sometimes it is as simple as tears that come when someone is kind to us. It usually means that
                kindness has reached a place that has needed it for a long time. It does not mean you are doing the
                practice wrong, or that self-compassion is not for you.
                """),
            ModuleStep.Read("what-to-do", "What to do when it happens", """
                - **Slow down or stop.** You never have to push through. Open your eyes, look around the room, and feel
                  the soles of your feet on the floor.
                - **Name it.** Saying to yourself *this is backdraft* can make it less frightening.
                - **Turn to something neutral.** Sounds around you, your breath, the feel of your hands, or an everyday
                  activity like washing up.
                - **Be kind in small, practical ways.** A drink, a walk, a shower, a call to a friend.
                - **Come back later, more gently.** Try a shorter practice, keep your eyes open, or leave out touch.
                - **Tell your clinician.** Especially if old memories keep coming back, if you feel numb or far away, or
                  if your distress is high. That is what they are there for. The service also looks out for a rise in
                  distress after a practice.
                """,
                required: true),
            ModuleStep.Checklist("my-ways", "My ways back",
            [
                new ChecklistItem("feet", "Open my eyes and feel my feet on the floor"),
                new ChecklistItem("name", "Name five things I can see"),
                new ChecklistItem("neutral", "Turn to a neutral sound or activity"),
                new ChecklistItem("practical", "Do something practical and kind for myself"),
                new ChecklistItem("tell", "Tell my clinician or someone I trust"),
            ], "Tick the ones you would like to use if backdraft comes up."),
            ModuleStep.Reflect("noticed", "Have you noticed it?",
                "Have you noticed anything like backdraft in a practice so far? What helped, or what might help next time?"),
        ],
        Sources = [ModuleSources.GermerNeff2013Clinical, ModuleSources.GermerNeff2019Teaching, ModuleSources.NeffGermer2018Workbook],
        Attribution = "Backdraft is a term from Christopher Germer and Kristin Neff's teaching of self-compassion; this explanation is in our own words.",
        ClinicianCaution =
            "Psychoeducation to give before any practice with touch, the body or memories. Clients with active PTSD, dissociation, acute suicidality or recent bereavement are the most likely to meet strong backdraft: go through it with them in session and plan their ways back.",
    };
}
