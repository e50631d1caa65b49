extension TemplateValue {
    /// This value with `other` laid over it: objects merge key by key, at every depth; any other
    /// value of `other` replaces what is here.
    func merged(with other: TemplateValue) -> TemplateValue {
        guard case .object(var mine) = self, case .object(let theirs) = other else { return other }
        for (key, value) in theirs { mine[key] = mine[key].map { $0.merged(with: value) } ?? value }
        return .object(mine)
    }
}
