using FamilyBridge.Circles.Services;

namespace FamilyBridge.Tests.Circles;

public sealed class TimeZonesTests
{
    [Theory]
    [InlineData("en-US,en;q=0.9", "America/New_York")]
    [InlineData("fr-FR;q=0.5, en-CA", "America/Toronto")]
    [InlineData("es, es-419;q=0.9, es-CO;q=0.8", "America/Bogota")]
    [InlineData("pt_BR", "America/Sao_Paulo")]
    public void The_first_language_by_preference_that_names_a_known_region_gives_the_guess(string header, string zone) =>
        Assert.Equal(zone, TimeZones.GuessFromLanguages(header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("es")]
    [InlineData("en-ZZ")]
    [InlineData("*")]
    [InlineData("en-US;q=0")]
    [InlineData(";;;===,,,")]
    public void No_region_an_unknown_one_or_a_refused_one_guesses_nothing_rather_than_UTC(string? header) =>
        Assert.Null(TimeZones.GuessFromLanguages(header));

    [Fact]
    public void Every_common_zone_exists_on_this_server_and_appears_once()
    {
        var ids = TimeZones.Common.SelectMany(g => g.Zones).Select(z => z.Id).ToList();

        Assert.All(ids, id => Assert.True(TimeZones.IsKnown(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.InRange(ids.Count, 10, 40);
    }

    [Fact]
    public void The_full_list_is_grouped_by_continent_and_holds_every_zone()
    {
        Assert.Equal(TimeZones.All.Count, TimeZones.AllGrouped.Sum(g => g.Zones.Count));
        Assert.Contains(TimeZones.AllGrouped, g => g.Name == "America" && g.Zones.Any(z => z.Id == "America/Argentina/Salta"));
    }
}
