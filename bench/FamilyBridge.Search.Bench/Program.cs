using System.Diagnostics;
using System.Globalization;
using FamilyBridge.Search.Bench;
using FamilyBridge.Search.Indexing;
using FamilyBridge.Search.Models;
using FamilyBridge.Search.Services;

// Indexes 10,000 generated lessons into a temp folder, then times a fixed set of queries through the same
// SearchService the site uses (parse, synonyms, fuzzy fallback, facets, snippets). Goal: p95 under 5 ms.
// The same number of Spanish lessons sit in the Spanish index beside them; Spanish queries are timed in the same
// run against the English figures as their reference.
//   dotnet run -c Release --project bench/FamilyBridge.Search.Bench [-- lessons rounds]
var lessons = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40;

string[] queries =
[
    "narcan", "naloxone", "nalaxone", "overdose what to do", "my son stole my pills", "alanon", "Al-Anon meetings",
    "naranon", "enabeling", "enabling", "am I enabling my son", "boundaries", "\"natural consequences\"",
    "\"support group\"", "relapse", "return to use", "MAT", "suboxone", "methadone clinic", "988", "suicide",
    "crisis line", "take back", "disposal", "lockbox", "fentanyl", "detox", "rehab", "CRAFT", "communication",
    "how do I talk to my daughter", "guilt and shame", "self-care", "money and rent", "grandparents raising grandchildren",
    "milestones", "trust after treatment", "counseling for families", "AND OR NOT", "\"unbalanced", "*", "title:naloxone",
    "🆘 help", "qwxzvbn", "the of and", "siblings", "partners", "alcohol", "coming home from treatment", "sleep routine",
    new string('x', 10_000),
];

string[] spanishQueries =
[
    "naloxona", "narcan", "nalosona", "qué hago en una sobredosis", "mi hijo me robó las pastillas", "alanon",
    "reuniones de Al-Anon", "naranon", "facilitar", "¿lo estoy alcahueteando?", "límites", "\"grupo de apoyo\"",
    "recaída", "volver a consumir", "buprenorfina", "metadona", "988", "línea de crisis", "medicamentos", "desechar",
    "caja con llave", "fentanilo", "desintoxicación", "CRAFT", "cómo hablar con mi hija", "culpa y vergüenza",
    "cuidarse", "dinero", "abuelos", "confianza", "consejería para familias", "qwxzvbn", "de la que el", "alcohol",
    new string('x', 10_000),
];

var folder = Path.Combine(Path.GetTempPath(), "familybridge-search-bench-" + Guid.NewGuid().ToString("N"));
try
{
    var analyzer = new SearchAnalyzer();
    using var index = new SearchIndex(folder, analyzer);
    var service = new SearchService(index, analyzer, SynonymGroups.LoadEmbedded(analyzer));

    var documents = LessonGenerator.Generate(lessons);
    var spanishDocuments = LessonGenerator.GenerateSpanish(lessons);
    var build = Stopwatch.StartNew();
    await index.ReplaceAllAsync(documents.Concat(spanishDocuments));
    build.Stop();
    Console.WriteLine($"Indexed {documents.Count:N0} English and {spanishDocuments.Count:N0} Spanish lessons in {build.Elapsed.TotalMilliseconds:N0} ms ({folder}).");

    // Warm up the JIT, the term dictionaries and the OS file cache, as a running site would be.
    for (var i = 0; i < 5; i++)
    {
        foreach (var query in queries)
        {
            await service.SearchAsync(new SearchRequest { Query = query });
        }

        foreach (var query in spanishQueries)
        {
            await service.SearchAsync(new SearchRequest { Query = query, Culture = "es" });
        }
    }

    var english = await MeasureAsync(service, "English (reference)", queries, null);
    var spanish = await MeasureAsync(service, "Spanish", spanishQueries, "es");
    Console.WriteLine($"Spanish vs English in this run: p50 {100 * spanish.P50 / english.P50:N0} %   p95 {100 * spanish.P95 / english.P95:N0} %   CPU per search {100 * spanish.Cpu / english.Cpu:N0} %");
}
finally
{
    try
    {
        Directory.Delete(folder, recursive: true);
    }
    catch (IOException)
    {
    }
}

async Task<(double P50, double P95, double Cpu)> MeasureAsync(SearchService service, string label, string[] set, string? culture)
{

    // Wall-clock percentiles suffer when other processes share the cores; CPU time per search does not.
    var cpuBefore = Environment.CpuUsage.TotalTime;
    var timings = new List<double>(set.Length * rounds);
    var perQuery = set.ToDictionary(q => q, _ => new List<double>());
    for (var round = 0; round < rounds; round++)
    {
        foreach (var query in set)
        {
            var watch = Stopwatch.StartNew();
            var results = await service.SearchAsync(new SearchRequest
            {
                Query = query,
                Type = round % 4 == 3 ? "Lesson" : null,
                Page = round % 5 == 4 ? 2 : 1,
                Culture = culture,
            });
            watch.Stop();
            GC.KeepAlive(results);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            perQuery[query].Add(watch.Elapsed.TotalMilliseconds);
        }
    }

    var cpuPerSearch = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / timings.Count;
    timings.Sort();
    Console.WriteLine($"{label}: {timings.Count:N0} searches ({set.Length} queries x {rounds} rounds, full results page: facets and snippets):");
    Console.WriteLine($"  p50 {Percentile(timings, 50):N2} ms   p95 {Percentile(timings, 95):N2} ms   p99 {Percentile(timings, 99):N2} ms   max {timings[^1]:N2} ms");
    Console.WriteLine($"  CPU time per search (mean, all threads): {cpuPerSearch:N2} ms   load average: {LoadAverage()}");
    Console.WriteLine("Slowest queries (p95):");
    foreach (var (query, times) in perQuery.OrderByDescending(p => Percentile([.. p.Value.Order()], 95)).Take(5))
    {
        Console.WriteLine($"  {Percentile([.. times.Order()], 95),6:N2} ms  {(query.Length > 40 ? query[..40] + "…" : query)}");
    }

    return (Percentile(timings, 50), Percentile(timings, 95), cpuPerSearch);
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static double Percentile(List<double> sorted, int percentile) =>
    sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
