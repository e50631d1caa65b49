import Formats

/// The runs of a comparison, expanded from their declaration: every `runs` entry (or the shared
/// settings alone) made once with each combination of the varied settings' values, in order,
/// the last varied setting changing fastest. Names are checked here, before anything is read.
struct ExperimentPlan {
    /// One run to make: its name and its own settings' values, by flag.
    struct Run: Sendable {
        let name: String
        /// Where the name comes from, for messages.
        let place: String
        /// The values this run gives, by setting flag; they win over the shared ones.
        let values: [String: GivenValue]
    }

    /// The runs, in order.
    let runs: [Run]

    /// Expands `declaration`; throws when it declares no run, too many, or names that cannot be folders.
    init(_ declaration: ExperimentDeclaration) throws(ExperimentError) {
        guard !declaration.isEmpty else { throw .noRuns }
        let entries: [ExperimentDeclaration.Entry?] = declaration.entries ?? [nil]
        let dimensions = declaration.dimensions
        // Counted before anything is expanded: a grid of ten settings with ten values each is 10¹⁰ runs.
        var count = entries.count
        for dimension in dimensions {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension.values.count)
            guard !overflow, product <= ExperimentDeclaration.maximumRuns else {
                throw .tooManyRuns(
                    count: overflow ? "more than \(Display.count(Int.max))" : Self.product(entries.count, dimensions),
                    limit: ExperimentDeclaration.maximumRuns)
            }
            count = product
        }
        guard count <= ExperimentDeclaration.maximumRuns else {
            throw .tooManyRuns(count: Display.count(count), limit: ExperimentDeclaration.maximumRuns)
        }
        for entry in entries.compactMap({ $0 }) {
            if let varied = dimensions.first(where: { dimension in entry.values.contains { $0.flag == dimension.flag } }
            ) {
                throw .variedTwice(
                    setting: "--" + varied.flag, first: "the run '\(entry.name)' (\(entry.place))",
                    second: varied.origin)
            }
            if let problem = RunName.problem(entry.name) {
                throw .invalidName(name: entry.name, place: entry.place, problem: problem)
            }
        }
        var runs: [Run] = []
        runs.reserveCapacity(count)
        for entry in entries {
            for point in Self.points(dimensions) {
                var values: [String: GivenValue] = [:]
                for (flag, given) in entry?.values ?? [] { values[flag] = given }
                var parts: [(flag: String, value: String)] = []
                for (dimension, index) in zip(dimensions, point) {
                    values[dimension.flag] = dimension.values[index]
                    parts.append((dimension.flag, Self.nameText(dimension.values[index], position: index)))
                }
                let derived = RunName.derived(parts)
                let name = [entry?.name, derived.isEmpty ? nil : derived].compactMap { $0 }.joined(separator: "_")
                let place =
                    parts.isEmpty
                    ? entry?.place ?? ""
                    : "the run " + (entry.map { "'\($0.name)' with " } ?? "with ")
                        + parts.map { "--\($0.flag) \($0.value)" }.joined(separator: ", ")
                if entry == nil || !parts.isEmpty, let problem = RunName.problem(name) {
                    throw .invalidName(
                        name: name, place: place,
                        problem: problem
                            + " (The name is made from the varied values; name the runs in the config's runs.)")
                }
                runs.append(Run(name: name, place: place, values: values))
            }
        }
        var seen: [String: Run] = [:]
        for run in runs {
            if let earlier = seen[run.name.lowercased()] {
                throw .duplicateName(name: run.name, places: [earlier.place, run.place])
            }
            seen[run.name.lowercased()] = run
        }
        self.runs = runs
    }

    /// Every combination of the dimensions' value indices, the last dimension fastest; one
    /// empty combination when nothing is varied.
    private static func points(_ dimensions: [ExperimentDeclaration.Dimension]) -> [[Int]] {
        var points: [[Int]] = [[]]
        for dimension in dimensions {
            points = points.flatMap { point in dimension.values.indices.map { point + [$0] } }
        }
        return points
    }

    /// "3 × 2 × 1,000 = 6,000".
    private static func product(_ entries: Int, _ dimensions: [ExperimentDeclaration.Dimension]) -> String {
        let factors = (entries > 1 ? [entries] : []) + dimensions.map(\.values.count)
        var total = 1
        for factor in factors { total = total.multipliedReportingOverflow(by: factor).partialValue }
        return factors.map { Display.count($0) }.joined(separator: " × ") + " = " + Display.count(total)
    }

    /// How a value appears in a derived name: as written (a number's text, a string, a list
    /// joined by commas), or its position in the list for inline data.
    static func nameText(_ given: GivenValue, position: Int) -> String {
        guard case .json(let node) = given.form else { return given.shown }
        switch node.value {
        case .number(let number): return number.text
        case .string(let text): return text
        case .bool(let flag): return String(flag)
        case .array:
            let items = (try? node.elements()) ?? []
            return items.map { item in
                if case .number(let number) = item.value { return number.text }
                return "\(position + 1)"
            }.joined(separator: ",")
        case .object:
            if let csv = try? node.member("csv"), case .string(let path) = csv.value { return path }
            return "\(position + 1)"
        case .null: return "\(position + 1)"
        }
    }
}
