/// The command line split into a command and its options, before the values are interpreted.
struct ParsedArguments: Sendable, Equatable {
    /// The command; `generate` when none was named.
    var command: Command = .generate
    /// Long option name → its raw value ("" for flags), as typed.
    var options: [String: String] = [:]
    /// Long option name → every value of an option that may be repeated (`--vary`), in order.
    var lists: [String: [String]] = [:]

    /// Whether the option `long` was given.
    func has(_ long: String) -> Bool { options[long] != nil || lists[long] != nil }

    /// The raw value of option `long`, if given.
    func value(_ long: String) -> String? { options[long] }

    /// Every value given for option `long`: those of a repeatable option, else the one value.
    func values(_ long: String) -> [String] { lists[long] ?? options[long].map { [$0] } ?? [] }
}
