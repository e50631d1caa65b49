import Formats

// The readers of `--vary`, the config's `grid` and its `runs`: each records what it declares and
// leaves every setting's value to be read, run by run, by that setting's own reader.
extension ExperimentDeclaration {
    /// The settings that may differ between runs, by flag, in table order (for messages).
    static var perRunFlags: [String] { SettingsTable.all.filter(\.perRun).map(\.flag) }
    /// The settings that may differ between runs, by config key, in table order.
    static var perRunKeys: [String] { SettingsTable.all.filter(\.perRun).compactMap(\.key) }

    /// Reads one `--vary SETTING=V1,V2,...`: values separated by commas, or by semicolons when a
    /// value is itself a list (`--vary 'weights=0.4,0.2;1,1'`).
    static func readVary(_ given: GivenValue, into declaration: inout ExperimentDeclaration) throws(SettingError) {
        let text = try given.text()
        guard let equals = text.firstIndex(of: "=") else {
            throw .experiment(.malformedVary(value: text, problem: "has no '=' between the setting and its values."))
        }
        let name = String(text[..<equals])
        guard let setting = SettingsTable.named(name), setting.onCommandLine else {
            let suggestion = Suggestion.nearest(to: name, in: perRunFlags)
            throw .experiment(.unknownSetting(name: name, place: "--vary", suggestion: suggestion))
        }
        guard setting.perRun else {
            throw .experiment(.notPerRun(setting: setting.spelling, place: "--vary", perRun: perRunFlags))
        }
        let list = text[text.index(after: equals)...]
        guard !list.isEmpty else {
            throw .experiment(.malformedVary(value: text, problem: "gives no values after '='."))
        }
        let separator: Character = list.contains(";") ? ";" : ","
        var values: [GivenValue] = []
        for (index, item) in list.split(separator: separator, omittingEmptySubsequences: false).enumerated() {
            guard !item.isEmpty else {
                throw .experiment(.malformedVary(value: text, problem: "has an empty value at position \(index + 1)."))
            }
            values.append(GivenValue(form: .text(String(item)), source: .flag("--vary \(setting.flag)")))
        }
        try declaration.add(Dimension(flag: setting.flag, values: values, origin: "--vary"))
    }

    /// Reads the config's `grid`: an object of per-run settings, each with a non-empty array of values.
    static func readGrid(_ given: GivenValue, into declaration: inout ExperimentDeclaration) throws(SettingError) {
        guard case .json(let node) = given.form else { return }
        let members = try given.json { () throws(JSONError) in try node.members() }
        guard !members.isEmpty else {
            throw .config(
                .json(
                    node.error(
                        "is empty; give each setting to vary with its values, such as {\"learningRate\": [0.01, 0.1]}.")
                ))
        }
        for (key, values) in members {
            let setting = try perRunSetting(key, in: node, at: values, given)
            let elements = try given.json { () throws(JSONError) in try values.elements() }
            guard !elements.isEmpty else {
                throw .config(.json(values.error("is empty; give at least one value.")))
            }
            let read = elements.map { element in
                GivenValue(
                    form: .json(element), source: location(of: element),
                    configFile: given.configFile)
            }
            try declaration.add(Dimension(flag: setting.flag, values: read, origin: "the config's grid"))
        }
    }

    /// Reads the config's `runs`: an array of objects, each with a `name` and per-run settings.
    static func readRuns(_ given: GivenValue, into declaration: inout ExperimentDeclaration) throws(SettingError) {
        guard case .json(let node) = given.form else { return }
        let elements = try given.json { () throws(JSONError) in try node.elements() }
        guard !elements.isEmpty else {
            throw .config(.json(node.error("is empty; give at least one run, such as [{\"name\": \"slow\"}].")))
        }
        var entries: [Entry] = []
        for element in elements {
            let members = try given.json { () throws(JSONError) in try element.members() }
            let nameNode = try given.json { () throws(JSONError) in try element.requiredMember(nameKey) }
            let name = try given.json { () throws(JSONError) in try nameNode.string() }
            var values: [(flag: String, given: GivenValue)] = []
            for (key, value) in members where key != nameKey {
                let setting = try perRunSetting(key, in: element, at: value, given)
                if value.isNull {
                    throw .config(
                        .json(value.error("is null; give a value, or leave the key out to use the shared one.")))
                }
                values.append(
                    (
                        setting.flag,
                        GivenValue(form: .json(value), source: location(of: value), configFile: given.configFile)
                    ))
            }
            entries.append(Entry(name: name, place: location(of: nameNode).description, values: values))
        }
        declaration.entries = entries
    }

    /// The member of a run entry that names it.
    static let nameKey = "name"

    /// Adds a varied setting, refusing one varied already.
    private mutating func add(_ dimension: Dimension) throws(SettingError) {
        if let earlier = dimensions.first(where: { $0.flag == dimension.flag }) {
            throw .experiment(
                .variedTwice(setting: "--" + dimension.flag, first: earlier.origin, second: dimension.origin))
        }
        dimensions.append(dimension)
    }

    /// The per-run setting of config key `key` in `object`, or the error for a key that is none.
    private static func perRunSetting(
        _ key: String, in object: JSONNode, at value: JSONNode, _ given: GivenValue
    ) throws(SettingError) -> Setting {
        guard let setting = SettingsTable.keyed(key) else {
            try given.json { () throws(JSONError) in try object.checkKeys(allowed: [nameKey] + perRunKeys) }
            throw .config(.json(value.error("is not a setting.")))
        }
        guard setting.perRun else {
            throw .experiment(.notPerRun(setting: key, place: location(of: value).description, perRun: perRunKeys))
        }
        return setting
    }

    /// Where a value of the config file is written.
    private static func location(of node: JSONNode) -> SettingSource {
        .config(file: node.file, keyPath: node.path, line: node.line)
    }
}
