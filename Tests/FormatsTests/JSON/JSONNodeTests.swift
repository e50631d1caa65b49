import Testing

@testable import Formats

/// The typed access the config loader uses, and the messages it gives.
@Suite struct JSONNodeTests {
    static let config = """
        {
          "title": "XOR",
          "iterations": 1e3,
          "weights": [0.4, "0.2"],
          "dataset": {"features": [[0, 1], [1, true]], "labels": [0, 1]},
          "single": false,
          "odd key": [1],
          "nothing": null
        }
        """

    static func root() throws -> JSONNode {
        try JSONNode(parsing: Array(config.utf8), file: "nn.json")
    }

    @Test func readsTypedValues() throws {
        let root = try Self.root()
        #expect(try root.requiredMember("title").string() == "XOR")
        #expect(try root.requiredMember("iterations").int() == 1000)
        #expect(try root.requiredMember("single").bool() == false)
        #expect(try root.requiredMember("nothing").isNull)
        #expect(try root.member("missing") == nil)
        let features = try root.requiredMember("dataset").requiredMember("features").elements()
        #expect(try features[0].doubles() == [0, 1])
        #expect(
            try root.members().map(\.key) == [
                "title", "iterations", "weights", "dataset", "single", "odd key", "nothing",
            ])
    }

    @Test func pathsFollowCodeSyntax() throws {
        let root = try Self.root()
        let cell = try root.requiredMember("dataset").requiredMember("features").elements()[1].elements()[1]
        #expect(cell.path == "dataset.features[1][1]")
        #expect(cell.line == 5 && cell.column == 40)
        #expect(try root.requiredMember("odd key").elements()[0].path == "[\"odd key\"][0]")
        #expect(try root.members().map(\.node.path).last == "nothing")
    }

    @Test func aWrongTypeNamesThePathAndPlace() throws {
        let root = try Self.root()
        let error = try #require(throws: JSONError.self) { try root.requiredMember("weights").doubles() }
        #expect(
            error.description == """
                nn.json:4:20: weights[1] must be a number, but it is a string.
                    4 |   "weights": [0.4, "0.2"],
                      |                    ^
                """)
        let cell = try #require(throws: JSONError.self) {
            try root.requiredMember("dataset").requiredMember("features").elements()[1].doubles()
        }
        #expect(cell.reason == .wrongType(path: "dataset.features[1][1]", expected: "a number", found: "a boolean"))
        #expect(cell.line == 5 && cell.column == 40)
        let top = try #require(throws: JSONError.self) {
            try JSONNode(parsing: Array("[1]".utf8), file: "a.json").member("x")
        }
        #expect(top.reason.sentence == "the top-level value must be an object, but it is an array.")
    }

    @Test func aMissingMemberNamesItsObject() throws {
        let root = try Self.root()
        let error = try #require(throws: JSONError.self) { try root.requiredMember("dataset").requiredMember("csv") }
        #expect(error.reason.sentence == "dataset has no \"csv\" key; add it.")
        #expect(error.line == 5 && error.column == 14)
    }

    static let integers: [(String, Int?, JSONReason?)] = [
        ("1000", 1000, nil), ("-0", 0, nil), ("1e6", 1_000_000, nil), ("100.0", 100, nil),
        ("9007199254740992", 9_007_199_254_740_992, nil),
        ("9223372036854775807", Int.max, nil),
        ("1.5", nil, .notAnInteger(path: "n", text: "1.5")),
        ("1e300", nil, .integerOutOfRange(path: "n", text: "1e300")),
        ("99999999999999999999", nil, .integerOutOfRange(path: "n", text: "99999999999999999999")),
        ("\"5\"", nil, .wrongType(path: "n", expected: "a whole number", found: "a string")),
    ]

    @Test(arguments: integers)
    func readsWholeNumbers(text: String, value: Int?, reason: JSONReason?) throws {
        let node = try #require(try JSONNode(parsing: Array("{\"n\": \(text)}".utf8), file: "i.json").member("n"))
        do throws(JSONError) {
            #expect(try node.int() == value)
            #expect(reason == nil)
        } catch {
            #expect(error.reason == reason)
            #expect(error.line == 1 && error.column == 7)
        }
    }

    @Test func unknownKeysSuggestTheNearest() throws {
        let root = try JSONNode(parsing: Array("{\"bias\": 1,\n \"learningrate\": 0.1}".utf8), file: "c.json")
        let error = try #require(throws: JSONError.self) { try root.checkKeys(allowed: ["bias", "learningRate"]) }
        #expect(error.line == 2 && error.column == 2)
        #expect(error.reason.sentence == "unknown key \"learningrate\"; did you mean \"learningRate\"?")
        let far = try #require(throws: JSONError.self) {
            try JSONNode(parsing: Array("{\"colour\": 1}".utf8), file: "c.json").checkKeys(allowed: ["bias", "rule"])
        }
        #expect(far.reason.sentence == "unknown key \"colour\"; the known keys are \"bias\", \"rule\".")
        #expect(throws: Never.self) { try root.checkKeys(allowed: ["learningrate", "bias"]) }
    }

    @Test func theLoaderCanRefuseAValueInItsOwnWords() throws {
        let root = try Self.root()
        let error = try root.requiredMember("iterations").error("must be at most 100, but it is 1000.")
        #expect(error.description.hasPrefix("nn.json:3:17: iterations must be at most 100, but it is 1000.\n"))
    }
}
