using FamilyBridge.ContentManagement.Models;

namespace FamilyBridge.Tests.Search;

/// <summary>A small curriculum shaped like the real one, with the traps a real one has (a resource titled "Narcan").</summary>
internal static class SampleCurriculum
{
    public const string EnablingModule = "enabling-or-supporting";
    public const string HomeModule = "trigger-proofing-the-home";
    public const string NaloxoneLesson = "trigger-proofing-the-home/naloxone-and-overdose";
    public const string LockUpLesson = "trigger-proofing-the-home/lock-up-count-and-dispose";
    public const string EnablingLesson = "enabling-or-supporting/what-enabling-looks-like";
    public const string ConsequencesLesson = "enabling-or-supporting/natural-consequences";
    public const string AlAnonLesson = "support-for-you/what-al-anon-and-nar-anon-are";
    public const string DraftLesson = "support-for-you/draft-lesson";
    public const string DraftWord = "zephyrine";

    public static IReadOnlyList<ContentItem> Items { get; } =
    [
        SearchContent.Module("mod-enabling", "Enabling or supporting?", EnablingModule,
            "How to help without making things easier to keep using.", "Helping without enabling.", order: 2),
        SearchContent.Lesson("les-enabling", "mod-enabling", "What enabling looks like", EnablingLesson,
            """
            ## Help that keeps the problem going
            Enabling means protecting someone from the results of their substance use: paying their debts,
            calling in sick for them, making excuses to family. It comes from love. Supporting means helping
            the person, not the use.
            """,
            summary: "How to tell loving help from help that keeps use going.",
            objectives: "Name three common enabling behaviours\nTell enabling from support",
            takeaways: "Enabling protects the use, not the person",
            questions: ["Which of these is an example of enabling?"]),
        SearchContent.Lesson("les-consequences", "mod-enabling", "Letting natural consequences happen", ConsequencesLesson,
            """
            When you stop covering, natural consequences can teach what words cannot. Let the bank call.
            Let a missed shift be theirs to explain.
            """,
            summary: "Stepping back so results land where they belong."),
        SearchContent.Lesson("les-money", "mod-enabling", "Money, rent and saying no", "enabling-or-supporting/money",
            """
            Consequences of a debt are natural in a sense, but this lesson is about rent, money and boundaries.
            Paying for groceries directly is support; handing over cash can be enabling.
            """),
        SearchContent.Module("mod-home", "Trigger-proofing the home", HomeModule,
            "Make your home safer: medicines, cues and what to do in an overdose.", order: 4),
        SearchContent.Lesson("les-naloxone", "mod-home", "Naloxone and overdose: what to do", NaloxoneLesson,
            """
            ## Signs of an opioid overdose
            Pinpoint pupils, slow or no breathing, blue lips. Call 911 first.
            ## Giving naloxone
            Naloxone reverses an opioid overdose. The nasal spray is sold without a prescription. Give one
            dose, then a second dose after two to three minutes if there is no response. Naloxone wears off in
            30 to 90 minutes, so stay with them.
            """,
            summary: "Spot an overdose and give naloxone.",
            objectives: "Recognise an opioid overdose\nGive naloxone nasal spray",
            takeaways: "Call 911, give naloxone, stay"),
        SearchContent.Lesson("les-lockup", "mod-home", "Lock up, count, and clear out", LockUpLesson,
            """
            Most people who misuse prescription pain relievers got them from a friend or relative. Keep
            medicines in a lockbox, count them, and bring old ones to a take-back site.
            """,
            summary: "Keep medicines out of reach.",
            checklist: ["Lock up prescription pain medicines", "Count the medicines each week"]),
        SearchContent.Lesson("les-alanon", "mod-support", "What Al-Anon and Nar-Anon are (and are not)", AlAnonLesson,
            """
            Al-Anon Family Groups is a fellowship for families and friends of people who drink. Nar-Anon is
            for families affected by someone else's drug use. Meetings are free.
            """,
            summary: "Two free fellowships for families."),
        SearchContent.Module("mod-support", "Support for you", "support-for-you", "Support groups for you.", order: 5),
        SearchContent.Lesson("les-draft", "mod-support", "A lesson still being written", DraftLesson,
            $"This draft mentions {DraftWord} and naloxone.", published: false),
        SearchContent.Resource("res-naloxone", "Where to get naloxone (Narcan)", "resources/where-to-get-naloxone", "Naloxone",
            "Pharmacies sell Narcan nasal spray without a prescription; many health departments give it free."),
        SearchContent.Resource("res-988", "988 Suicide & Crisis Lifeline", "resources/988", "Crisis line",
            "Call or text 988 any time for a trained crisis counsellor.", phone: "988"),
        SearchContent.Resource("res-alanon", "Al-Anon Family Groups", "resources/al-anon", "Family support group",
            "Meetings in person, by phone and online for families and friends."),
        SearchContent.Page("page-about", "About FamilyBridge", "about", "FamilyBridge is a free site for families."),
    ];
}
