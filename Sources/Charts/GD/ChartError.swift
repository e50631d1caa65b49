/// Why a chart could not be drawn or encoded.
///
/// Every case names what failed and how to fix it; libgd's own messages are quoted as they are.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A requested image is larger than `GDImage.maximumSide` or `GDImage.maximumPixels`.
    case imageTooLarge(width: Int, height: Int)
    /// libgd could not allocate an image of this size (gdImageCreate returned NULL).
    case imageAllocationFailed(width: Int, height: Int)
    /// libgd could not encode an image in `format` (the encoder returned NULL).
    case encodingFailed(format: String)
    /// libgd could not decode bytes in `format` (the decoder returned NULL).
    case decodingFailed(format: String, byteCount: Int)
    /// gdImageStringFTEx returned an error message while drawing or measuring `text`.
    case textFailed(message: String, text: String)

    /// What went wrong, where, and how to fix it, in whole sentences.
    public var description: String {
        switch self {
        case .imageTooLarge(let width, let height):
            return "A chart of \(width)×\(height) pixels was requested, but images are limited to "
                + "\(GDImage.maximumSide) pixels a side and \(GDImage.maximumPixels) pixels in all. "
                + "This is a bug in the chart layout; please report it with the settings used."
        case .imageAllocationFailed(let width, let height):
            return "libgd could not allocate a \(width)×\(height) image. "
                + "The machine may be out of memory; close other programs or train fewer iterations."
        case .encodingFailed(let format):
            return "libgd could not encode a \(format) image. "
                + "Check that libgd was built with \(format) support (gdSupportsFileType)."
        case .decodingFailed(let format, let byteCount):
            return "libgd could not decode \(byteCount) bytes as a \(format) image; the data is not a valid \(format)."
        case .textFailed(let message, let text):
            return "libgd could not draw the text \"\(text)\": \(message). "
                + "Install a TrueType font (for example the package fonts-dejavu-core) and check fontconfig."
        }
    }
}
