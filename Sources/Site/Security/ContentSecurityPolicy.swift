import Foundation

/// The Content-Security-Policy each page carries: nothing may load from another host.
enum ContentSecurityPolicy {
    /// For the site folder: images, the stylesheet and the one script come from the site itself.
    static let site =
        "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'"

    /// For the single file: images are data URIs and the only style is the inline one with this hash.
    static func singleFile(inlineStyle: String) -> String {
        let hash = Data(SHA256.digest(Array(inlineStyle.utf8))).base64EncodedString()
        return "default-src 'none'; img-src data:; style-src 'sha256-\(hash)'; base-uri 'none'; form-action 'none'"
    }
}
