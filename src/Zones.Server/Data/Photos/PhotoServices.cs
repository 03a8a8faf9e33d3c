using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Zones.Server.Data.Photos;

/// <summary>
/// Registers the photo services: <see cref="PhotoOptions"/>, <see cref="PhotoEncoder"/>, <see cref="PhotoStore"/>, and for
/// <see cref="PhotoOptions.Folder"/> the folder (checked at start), its daily orphan sweep and the mover of the CLI.
/// </summary>
public static class PhotoServices
{
    public static IServiceCollection AddZonesPhotos(this IServiceCollection s)
    {
        s.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxPixels > 0 && o.MaxFilesPerUpload > 0 && o.JpegQuality is >= 1 and <= 100,
                      "Zones:Photos is invalid: MaxBytes, MaxPixels and MaxFilesPerUpload must be positive, JpegQuality 1–100.")
            .ValidateOnStart();
        s.TryAddSingleton(sp => sp.GetRequiredService<IOptions<PhotoOptions>>().Value);
        s.TryAddSingleton<PhotoEncoder>();
        s.TryAddSingleton<PhotoStore>();
        s.TryAddSingleton<CasePhotoUpload>();
        s.TryAddSingleton(TimeProvider.System);
        s.TryAddSingleton<PhotoFolder>();
        s.TryAddSingleton<PhotoSweeper>();
        s.TryAddSingleton<PhotoMover>();
        s.AddHostedService<PhotoFolderStartup>();
        s.AddHostedService<PhotoSweepService>();
        return s;
    }
}
