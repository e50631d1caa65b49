// Every page carries nnreport's policy first in its head, whatever its layout template says.
extension ContentSecurityPolicy {
    /// The tag that carries `policy`.
    static func tag(_ policy: String) -> String {
        "<meta http-equiv=\"Content-Security-Policy\" content=\"\(escapeHTML(policy))\">"
    }

    /// `page` with the policy's tag as the first element of its head: kept where the layout put
    /// it there (after `<meta charset>` or other `<meta name>` tags, which load nothing), else
    /// inserted right after `<head>`. So a user's layout can neither drop nor move the policy.
    ///
    /// - Throws: `.noHeadForPolicy` when the page does not begin with a doctype, comments,
    ///   `<html>` and then `<head>` (the policy would come too late), and `.forbiddenHTTPEquiv`
    ///   for any other `<meta http-equiv>` tag (a refresh that navigates away, a second policy),
    ///   both located in `layout`.
    static func secure(_ page: String, policy: String, layout: Template) throws(TemplateError) -> String {
        let tag = Array(tag(policy).utf8)
        var bytes = Array(page.utf8)
        var scanner = HTMLPrefixScanner(bytes: bytes)
        guard let headEnd = scanner.skipToHeadContent() else {
            throw TemplateError(file: layout.file, .noHeadForPolicy)
        }
        var index = headEnd
        var present = false
        while true {
            index = scanner.skipSpace(from: index)
            if scanner.startsWith(tag, at: index) {
                present = true
                break
            }
            guard let end = scanner.harmlessMeta(at: index) else { break }
            index = end
        }
        let policyAt = present ? index : headEnd
        if !present { bytes.insert(contentsOf: [UInt8(ascii: "\n")] + tag, at: headEnd) }
        // Any other http-equiv, anywhere: only template markup can start a tag (user text is escaped).
        scanner = HTMLPrefixScanner(bytes: bytes)
        for start in scanner.tagStarts(named: "meta") where start != policyAt && start != policyAt + 1 {
            if scanner.attributeNames(ofTagAt: start).contains("http-equiv") {
                let inside = String(decoding: bytes[start..<scanner.tagEnd(from: start)], as: UTF8.self)
                throw TemplateError(file: layout.file, .forbiddenHTTPEquiv(String(inside.prefix(120))))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
