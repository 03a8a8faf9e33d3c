namespace Zones.Server.Data.Photos;

/// <summary>
/// An upload the server will not store: not an image, a format it cannot decode, too many bytes or
/// pixels. The message is zh-CN first, then English, and says how to fix it; HTTP answers 400 with it.
/// </summary>
public sealed class PhotoRejected(string message) : Exception(message);
