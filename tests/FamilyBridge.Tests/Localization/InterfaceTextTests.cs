namespace FamilyBridge.Tests.Localization;

/// <summary>The build fails when Spanish is missing a string English has, or a view uses a string neither has.</summary>
public sealed class InterfaceTextTests
{
    public static TheoryData<string> Modules { get; } = [.. InterfaceTextFiles.ModuleFolders().Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_english_interface_string_has_a_spanish_translation_with_the_same_placeholders(string module)
    {
        var problems = new List<string>();
        foreach (var english in InterfaceTextFiles.EnglishResources(Folder(module)))
        {
            var spanishFile = InterfaceTextFiles.SpanishTwin(english);
            if (!File.Exists(spanishFile))
            {
                problems.Add($"{Path.GetFileName(spanishFile)} is missing");
                continue;
            }

            var spanish = InterfaceTextFiles.Read(spanishFile);
            foreach (var (key, value) in InterfaceTextFiles.Read(english))
            {
                if (!spanish.TryGetValue(key, out var translation) || string.IsNullOrWhiteSpace(translation))
                {
                    problems.Add($"{Path.GetFileName(spanishFile)} has no translation of \"{key}\"");
                }
                else if (!InterfaceTextFiles.Placeholders(value).SequenceEqual(InterfaceTextFiles.Placeholders(translation)))
                {
                    problems.Add($"{Path.GetFileName(spanishFile)}: \"{translation}\" does not keep the placeholders of \"{value}\"");
                }
            }

            problems.AddRange(spanish.Keys.Except(InterfaceTextFiles.Read(english).Keys)
                .Select(key => $"{Path.GetFileName(spanishFile)} translates \"{key}\", which the English file no longer has"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Every_string_a_view_or_class_looks_up_is_in_its_modules_english_resources(string module)
    {
        var folder = Folder(module);
        var known = InterfaceTextFiles.EnglishResources(folder).SelectMany(f => InterfaceTextFiles.Read(f).Keys)
            .Concat(InterfaceTextFiles.EnglishResources(Folder("FamilyBridge.Localization")).SelectMany(f => InterfaceTextFiles.Read(f).Keys))
            .ToHashSet(StringComparer.Ordinal);

        var missing = InterfaceTextFiles.KeysUsedIn(folder).Where(k => !known.Contains(k.Key))
            .Select(k => $"{k.Value}: \"{k.Key}\"").ToList();
        foreach (var (file, resources, keys) in InterfaceTextFiles.KeysWithOwnText(folder))
        {
            var own = resources is null ? [] : InterfaceTextFiles.Read(resources).Keys.ToHashSet(StringComparer.Ordinal);
            missing.AddRange(keys.Where(k => !own.Contains(k)).Select(k => $"{file}: \"{k}\""));
        }

        Assert.True(missing.Count == 0, "Not in Resources/*.resx:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void The_checks_see_the_theme_and_the_shared_text()
    {
        Assert.Contains("Skip to main content", InterfaceTextFiles.KeysUsedIn(Folder("FamilyBridge.Theme")).Keys);
        Assert.Contains(InterfaceTextFiles.EnglishResources(Folder("FamilyBridge.Localization")), f => f.EndsWith("CommonText.resx", StringComparison.Ordinal));
    }

    [Fact]
    public void The_themes_search_page_is_checked_against_the_search_modules_text()
    {
        var searchPage = Assert.Single(InterfaceTextFiles.KeysWithOwnText(Folder("FamilyBridge.Theme")),
            v => v.File.EndsWith(Path.Combine("Views", "Search", "Index.cshtml"), StringComparison.Ordinal));

        Assert.EndsWith("SearchText.resx", searchPage.Resources, StringComparison.Ordinal);
        Assert.Contains("No results for “{0}”", searchPage.Keys);
        Assert.DoesNotContain("No results for “{0}”", InterfaceTextFiles.KeysUsedIn(Folder("FamilyBridge.Theme")).Keys);
    }

    private static string Folder(string module) =>
        InterfaceTextFiles.ModuleFolders().Single(f => Path.GetFileName(f) == module);
}
