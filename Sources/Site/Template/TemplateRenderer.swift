import Formats
import Training

/// Renders parsed templates into one growing byte buffer, walking the tree once.
///
/// The context stack holds the values of the enclosing sections, innermost last; names are
/// looked up from the innermost outwards (see `TemplateRenderer+Lookup.swift`).
struct TemplateRenderer {
    /// How deeply partials may include each other before rendering stops with an error.
    static let maximumPartialDepth = 64

    /// The templates partials are looked up in.
    let templates: [String: Template]
    /// Whether an unresolved name or partial is an error (true) or renders as nothing (false).
    let strict: Bool
    /// The rendered bytes so far.
    private(set) var output: [UInt8] = []
    /// The values of the enclosing sections, the root context first.
    var contexts: [TemplateValue]
    private var partialDepth = 0
    /// The most bytes and steps this rendering may take (see `RenderBudget`).
    private let allowance: (bytes: Int, steps: Int)
    /// Nodes visited so far, sections' items included.
    private(set) var steps = 0
    /// The offset of the last tag met, to place an error found at a text node.
    private var lastOffset = 0
    /// Whether the output is at the start of a line of an indented partial, owing its indentation.
    private var owesIndent = false

    /// A renderer of `context` with the partials in `templates`.
    init(
        templates: [String: Template], strict: Bool, context: TemplateValue, capacity: Int,
        allowance: (bytes: Int, steps: Int) = (RenderBudget.pageBytes, RenderBudget.pageSteps)
    ) {
        self.allowance = allowance
        self.templates = templates
        self.strict = strict
        self.contexts = [context]
        output.reserveCapacity(capacity)
    }

    /// Renders `nodes` of `template`, putting `indent` before each line (for standalone partials).
    mutating func render(_ nodes: [TemplateNode], of template: Template, indent: [UInt8]) throws(TemplateError) {
        for node in nodes {
            try checkAllowance(node, of: template)
            switch node {
            case .text(let bytes):
                if indent.isEmpty {
                    output.append(contentsOf: bytes)
                } else {
                    appendIndented(bytes, indent: indent)
                }
            case .variable(let name, let escaped, let offset):
                payIndent(indent)
                guard let value = try resolve(name, in: template, at: offset) else { continue }
                try append(value, escaped: escaped, name: name, template: template, offset: offset)
            case .section(let name, let inverted, let body, let offset):
                let value = try resolve(name, in: template, at: offset)
                let truthy = value?.isTruthy ?? false
                if inverted {
                    if !truthy { try render(body, of: template, indent: indent) }
                } else if truthy, let value {
                    try renderSection(body, over: value, of: template, indent: indent)
                }
            case .partial(let name, let partialIndent, let offset):
                try renderPartial(name, indent: partialIndent, outerIndent: indent, from: template, at: offset)
            }
        }
    }

    /// Counts a step and throws `.renderRunaway` once the output or the steps pass the allowance.
    private mutating func checkAllowance(_ node: TemplateNode, of template: Template) throws(TemplateError) {
        steps += 1
        switch node {
        case .text: break
        case .variable(_, _, let offset), .section(_, _, _, let offset), .partial(_, _, let offset): lastOffset = offset
        }
        guard output.count > allowance.bytes || steps > allowance.steps else { return }
        throw template.error(
            .renderRunaway(bytes: RenderBudget.pageBytes, steps: RenderBudget.pageSteps), at: lastOffset)
    }

    /// Renders a section body once per item of a list, or once for any other true value.
    private mutating func renderSection(
        _ body: [TemplateNode], over value: TemplateValue, of template: Template, indent: [UInt8]
    ) throws(TemplateError) {
        if case .list(let items) = value {
            for item in items {
                contexts.append(item)
                try render(body, of: template, indent: indent)
                contexts.removeLast()
            }
        } else {
            contexts.append(value)
            try render(body, of: template, indent: indent)
            contexts.removeLast()
        }
    }

    private mutating func renderPartial(
        _ name: String, indent: [UInt8]?, outerIndent: [UInt8], from template: Template, at offset: Int
    ) throws(TemplateError) {
        guard let partial = templates[name] else {
            if strict { throw template.error(.missingPartial(name), at: offset) }
            return
        }
        guard partialDepth < Self.maximumPartialDepth else {
            throw template.error(.partialsTooDeep(name, limit: Self.maximumPartialDepth), at: offset)
        }
        partialDepth += 1
        defer { partialDepth -= 1 }
        if let indent {
            // Standalone: the partial's lines take the enclosing indentation plus this tag's own.
            owesIndent = true
            try render(partial.nodes, of: partial, indent: outerIndent.isEmpty ? indent : outerIndent + indent)
        } else {
            // Inline: the partial continues the current line, and its further lines are not indented.
            payIndent(outerIndent)
            try render(partial.nodes, of: partial, indent: [])
        }
    }

    /// Appends text, putting `indent` at the start of each line it begins.
    ///
    /// A line break that ends the text only records that the next output owes the indentation,
    /// so the partial's final line break is not followed by stray blanks.
    private mutating func appendIndented(_ bytes: [UInt8], indent: [UInt8]) {
        var lineStart = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            payIndent(indent)
            output.append(contentsOf: bytes[lineStart...index])
            lineStart = index + 1
            owesIndent = true
        }
        if lineStart < bytes.count {
            payIndent(indent)
            output.append(contentsOf: bytes[lineStart...])
        }
    }

    private mutating func payIndent(_ indent: [UInt8]) {
        guard owesIndent else { return }
        owesIndent = false
        output.append(contentsOf: indent)
    }

    /// Appends a value as text: strings escaped unless `escaped` is false, numbers in shortest form.
    private mutating func append(
        _ value: TemplateValue, escaped: Bool, name: TemplateName, template: Template, offset: Int
    ) throws(TemplateError) {
        switch value {
        case .string(let text):
            if escaped {
                appendEscapedHTML(text, to: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .int(let number): output.append(contentsOf: String(number).utf8)
        case .double(let number): output.append(contentsOf: ShortestNumber.text(number).utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: break
        case .list, .object:
            if strict { throw template.error(.unprintableValue(name.text, kind: value.kindName), at: offset) }
        }
    }
}
