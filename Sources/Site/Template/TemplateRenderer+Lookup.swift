// MARK: - Resolving names against the context stack

extension TemplateRenderer {
    /// The value `name` stands for, or nil when it cannot be resolved and rendering is not strict.
    ///
    /// The first key is looked up in the innermost object that has it; later keys only inside
    /// the value found, so `a.b` never falls back to an outer `b` (the spec's broken chains).
    /// - Throws: `.unresolvedName` in strict mode when a key is missing.
    func resolve(_ name: TemplateName, in template: Template, at offset: Int) throws(TemplateError) -> TemplateValue? {
        guard let first = name.keys.first else { return contexts.last }
        var found: TemplateValue?
        var index = contexts.count - 1
        while index >= 0 {
            if case .object(let fields) = contexts[index], let value = fields[first] {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else {
            return try unresolved(name, missing: first, available: namesInScope(), in: template, at: offset)
        }
        for (index, key) in name.keys.enumerated().dropFirst() {
            guard case .object(let fields) = value, let inner = fields[key] else {
                let missing = name.keys[...index].joined(separator: ".")
                let available = if case .object(let fields) = value { fields.keys.sorted() } else { [String]() }
                return try unresolved(name, missing: missing, available: available, in: template, at: offset)
            }
            value = inner
        }
        return value
    }

    private func unresolved(
        _ name: TemplateName, missing: String, available: [String], in template: Template, at offset: Int
    ) throws(TemplateError) -> TemplateValue? {
        if strict {
            throw template.error(.unresolvedName(name.text, missing: missing, available: available), at: offset)
        }
        return nil
    }

    /// Every key of every object on the context stack, sorted, for suggesting names in errors.
    private func namesInScope() -> [String] {
        var names = Set<String>()
        for case .object(let fields) in contexts {
            names.formUnion(fields.keys)
        }
        return names.sorted()
    }
}
