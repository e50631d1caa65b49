/// One setting of the run as the site shows it: a row of the walkthrough's settings table and,
/// for the training settings, a member of history.json's "settings" object.
public struct RunSetting: Sendable, Equatable {
    /// A value as history.json writes it.
    public enum Value: Sendable, Equatable {
        case number(Double)
        case numbers([Double])
        case integer(Int)
        case text(String)
    }

    /// The config key, which history.json uses as the member name ("learningRate").
    public let key: String
    /// The row's name on the page ("Learning rate α").
    public let name: String
    /// The value as the page shows it ("0.1").
    public let text: String
    /// The value history.json records under "settings"; nil for settings it records elsewhere.
    public let json: Value?

    public init(key: String, name: String, text: String, json: Value?) {
        self.key = key
        self.name = name
        self.text = text
        self.json = json
    }
}
