// MARK: - The one place template errors become sentences

extension TemplateError {
    /// What went wrong and how to fix it, in whole sentences, without the location.
    var explanation: String {
        switch reason {
        case .unclosedTag(let expected):
            "This tag is never closed: no \"\(expected)\" follows it. Add \"\(expected)\" where the tag should end."
        case .emptyTagName:
            "This tag has no name. Write a name between the delimiters, such as {{title}}, or remove the tag."
        case .invalidName(let name):
            "\"\(name)\" is not a valid name. A name is one or more keys joined by single dots, such as "
                + "run.title, without spaces; a lone \".\" means the current item."
        case .invalidDelimiters(let content):
            "\"\(content)\" does not set new delimiters. Write two delimiters separated by a space, "
                + "neither containing spaces or \"=\", such as {{=<% %>=}}."
        case .unclosedSection(let name):
            "The section \"\(name)\" opened here is never closed. Add {{/\(name)}} where the section should end."
        case .unexpectedClosingTag(let name):
            "The closing tag {{/\(name)}} has no open section to close. Remove it, "
                + "or add {{#\(name)}} where the section should begin."
        case .mismatchedClosingTag(let open, let close, let openLine, let openColumn):
            "The closing tag {{/\(close)}} does not match the open section \"\(open)\" "
                + "(opened at line \(openLine), column \(openColumn)). "
                + "Close \"\(open)\" first with {{/\(open)}}, or correct one of the two names."
        case .sectionsTooDeep(let limit):
            "Sections are nested more than \(limit) deep here. Close some sections or split the template into partials."
        case .unknownTemplate(let name, let known):
            "There is no template named \"\(name)\". "
                + (known.isEmpty ? "The library holds no templates. " : "The templates are: \(list(known)). ")
                + "Add \(name).mustache to the templates folder, or use one of the names there."
        case .unresolvedName(let name, let missing, let available):
            unresolvedExplanation(name: name, missing: missing, available: available)
        case .unprintableValue(let name, let kind):
            "The name \"\(name)\" holds \(kind), which cannot be printed as text. Print one of its fields, "
                + "or use {{#\(name)}}…{{/\(name)}} to render a block for it."
        case .missingPartial(let name):
            "There is no partial named \"\(name)\". Add \(name).mustache to the templates folder, or correct the name."
        case .partialsTooDeep(let name, let limit):
            "Including the partial \"\(name)\" here nests partials more than \(limit) deep, so a partial "
                + "probably includes itself without end. Put the recursive include inside a section that stops, "
                + "such as one over a list that ends."
        case .renderRunaway(let bytes, let steps):
            "Rendering stopped here: the page passed \(bytes >> 20) MiB or \(steps) steps (or the run's total of "
                + "\(RenderBudget.totalBytes >> 30) GiB), so something here repeats without bound, such as partials "
                + "that include others twice or sections nested over lists. Render less here."
        case .noHeadForPolicy:
            "The pages this layout makes do not begin with <!DOCTYPE html>, <html> and <head>, so nnreport cannot "
                + "put its Content-Security-Policy first in the head. Start the layout as the built-in one does."
        case .forbiddenHTTPEquiv(let tag):
            "The pages this layout makes carry \(tag); a page may set no http-equiv of its own (a refresh would "
                + "navigate away, a policy is nnreport's to set). Remove the tag."
        case .notUTF8:
            "This file is not valid UTF-8 text. Save it with UTF-8 encoding, or move it out of the templates folder."
        case .unreadable(let detail):
            "This cannot be read: \(detail). Check that the path exists and is readable."
        case .notARegularFile:
            "This is not a regular file but a device, pipe or socket, so it cannot be a template or an asset. "
                + "Move it out of the templates folder."
        case .symbolicLink:
            "This is a symbolic link; nnreport reads only regular files inside the templates folder, so that "
                + "nothing outside it can end up in a site. Put a copy of the file here instead of the link."
        case .fileTooLarge(let bytes):
            "This file has \(bytes) bytes; templates and assets may have at most \(TemplateLibrary.maximumFileBytes) "
                + "bytes. Move it out of the templates folder."
        }
    }

    private func unresolvedExplanation(name: String, missing: String, available: [String]) -> String {
        guard let dot = missing.lastIndex(of: ".") else {
            let choices = available.isEmpty ? "" : " The names defined here are: \(list(available))."
            return "The name \"\(name)\" is not defined here.\(choices) Correct the spelling, "
                + "or add \"\(name)\" to the data the page is rendered with."
        }
        let parent = missing[..<dot]
        let key = missing[missing.index(after: dot)...]
        let choices = available.isEmpty ? "" : " The names inside \"\(parent)\" are: \(list(available))."
        return "The name \"\(name)\" cannot be resolved, because \"\(parent)\" has no \"\(key)\".\(choices) "
            + "Correct the spelling, or add \"\(key)\" to \"\(parent)\" in the data the page is rendered with."
    }

    /// Names joined by commas, cut after 20 so an error stays readable.
    private func list(_ names: [String]) -> String {
        let shown = names.prefix(20).joined(separator: ", ")
        return names.count > 20 ? shown + " and \(names.count - 20) more" : shown
    }
}
