namespace FamilyBridge.Tests.Web;

/// <summary>What Fixtures/web-fixture.recipe.json holds, named once for every test that reads it.</summary>
public static class WebFixtureContent
{
    public const string RecipePath = "tests/FamilyBridge.Tests/Web/Fixtures/web-fixture.recipe.json";

    public const string ModuleTitle = "Practising calm conversations";
    public const string ModulePath = "/practising-calm-conversations";
    public const string FirstLessonTitle = "Choosing a good moment";
    public const string FirstLessonPath = "/practising-calm-conversations/choosing-a-good-moment";
    public const string SecondLessonTitle = "Listening without fixing";
    public const string SecondLessonPath = "/practising-calm-conversations/listening-without-fixing";
    public const string HelplineTitle = "Test Family Helpline";
    public const string HelplinePath = "/resources/test-family-helpline";
}
