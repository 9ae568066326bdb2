using Microsoft.Extensions.FileProviders;

// Serves one folder with UseStaticFiles and nothing else:  dotnet FamilyBridge.StaticCopy.dll <folder> --urls <url>
var folder = args.Length > 0 && Directory.Exists(args[0])
    ? Path.GetFullPath(args[0])
    : throw new ArgumentException("usage: FamilyBridge.StaticCopy <folder> [--urls http://127.0.0.1:port]");
var builder = WebApplication.CreateBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
await app.RunAsync();
