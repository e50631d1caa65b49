/// The numbered sections of a walkthrough page, in reading order: the templates number their
/// headings and the prose refers to a section by these numbers, so adding one renumbers both.
protocol NumberedSection: CaseIterable, Equatable, RawRepresentable where RawValue == String {
    /// The heading, as the table of contents lists it.
    var title: String { get }
    /// The single file's history, after the others and listed by its own template.
    static var history: Self { get }
}

extension NumberedSection {
    /// The heading number, from 1.
    var number: Int { (Array(Self.allCases).firstIndex(of: self) ?? 0) + 1 }

    /// "section 6", for the prose.
    var reference: String { "section \(number)" }

    /// The sections' numbers by id ("number.chain" in a template) and the contents list of the
    /// page (without the single file's history, which its own template lists).
    static var templateValues: (numbers: TemplateValue, contents: TemplateValue) {
        var numbers: [String: TemplateValue] = [:]
        for section in allCases { numbers[section.rawValue] = .int(section.number) }
        let contents: [TemplateValue] = allCases.filter { $0 != .history }.map {
            ["id": .string($0.rawValue), "title": .string($0.title)]
        }
        return (.object(numbers), .list(contents))
    }
}
