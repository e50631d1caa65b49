import Foundation
import Testing

@testable import Formats

/// Valid JSON texts and what they parse to.
@Suite struct JSONParserTests {
    static let valid: [(String, String)] = [
        ("0", "0"), ("-0", "-0"), ("1", "1"), ("-1.5e-3", "-1.5e-3"), ("1E+2", "1E+2"), ("0.0", "0.0"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("true", "true"), ("false", "false"), ("null", "null"),
        (" \t\r\n [ ] \n", "[]"), ("{}", "{}"), ("[[],{}]", "[[],{}]"),
        ("{ \"a\" : { \"b\" : [ 1 , { \"c\" : null } ] } }", #"{"a":{"b":[1,{"c":null}]}}"#),
        (#"{"b":1,"a":2,"c":3}"#, #"{"b":1,"a":2,"c":3}"#),
        (#"[{"a":1},{"a":2}]"#, #"[{"a":1},{"a":2}]"#),
        ("\"\"", "\"\""),
        (#""\"\\\/\b\f\n\r\t""#, #""\"\\/\u0008\u000c\u000a\u000d\u0009""#),
        (#""\u00e9\u00C9 é""#, "\"éÉ é\""),
        (#""\ud83d\ude00 \uD834\uDD1E""#, "\"😀 𝄞\""),
        (#""\u0000""#, #""\u0000""#),
        ("\"\u{7F}\u{2028}日本\"", "\"\u{7F}\u{2028}日本\""),
        ("\u{FEFF}[1]", "[1]"),
        ("{\"é\":1,\"e\u{301}\":2}", "{\"é\":1,\"e\u{301}\":2}"),
        ("[1,\r\n2,\r3]", "[1,2,3]"),
    ]

    @Test(arguments: valid)
    func parses(text: String, compact: String) throws {
        let value = try JSONParser.parse(Array(text.utf8), file: "t.json")
        #expect(value.compact == compact)
    }

    @Test func numbersKeepTheirValueAndText() throws {
        let value = try JSONParser.parse(
            Array("[3, 3.0, 1e2, -0, 0.1, 2.2250738585072011e-308, 1e-400]".utf8), file: "n")
        guard case .array(let elements) = value else {
            Issue.record("not an array")
            return
        }
        let numbers = elements.compactMap { element -> JSONNumber? in
            if case .number(let number) = element.value { return number }
            return nil
        }
        #expect(
            numbers.map(\.value.bitPattern) == [
                (3.0).bitPattern, (3.0).bitPattern, (100.0).bitPattern, (-0.0).bitPattern, (0.1).bitPattern,
                0x000F_FFFF_FFFF_FFFF, (0.0).bitPattern,
            ])
        #expect(numbers.map(\.isIntegerLiteral) == [true, false, false, true, false, false, false])
    }

    @Test func membersAndElementsKnowWhereTheyStart() throws {
        let value = try JSONParser.parse(Array("{\n  \"k\": [10, \"é\", 30]\n}".utf8), file: "p")
        guard case .object(let members) = value, case .array(let elements) = members[0].value else {
            Issue.record("unexpected shape")
            return
        }
        #expect(members[0].key == "k")
        #expect(members[0].keyOffset == 4)
        #expect(members[0].valueOffset == 9)
        #expect(elements.map(\.offset) == [10, 14, 20])
    }

    @Test func fiveHundredTwelveLevelsAreAccepted() throws {
        let depth = JSONParser.maximumDepth
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(try JSONParser.parse(Array(text.utf8), file: "d").compact == text)
        let objects = String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
        #expect(try JSONParser.parse(Array(objects.utf8), file: "d").compact == objects)
    }

    @Test(arguments: [JSONParser.maximumDepth + 1, 10_000, 1_000_000])
    func deeperNestingFailsCleanly(depth: Int) {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect {
            try JSONParser.parse(Array(text.utf8), file: "deep.json")
        } throws: { error in
            let error = error as? JSONError
            return error?.reason == .tooDeep(limit: JSONParser.maximumDepth) && error?.line == 1
                && error?.column == JSONParser.maximumDepth + 1
        }
        let objects = String(repeating: "{\"a\":", count: depth)
        #expect {
            try JSONParser.parse(Array(objects.utf8), file: "deep.json")
        } throws: { error in
            (error as? JSONError)?.column == 5 * JSONParser.maximumDepth + 1
        }
    }

    @Test func aMegabyteArrayParsesFast() throws {
        var text = "["
        var count = 0
        while text.utf8.count < 1 << 20 {
            text += count % 3 == 0 ? "\"s\(count)\"," : count % 3 == 1 ? "-\(count).25e-1," : "{\"k\":[true,null]},"
            count += 1
        }
        text += "0]"
        let clock = ContinuousClock()
        var value: JSONValue?
        let elapsed = try clock.measure { value = try JSONParser.parse(Array(text.utf8), file: "big.json") }
        guard case .array(let elements) = value else {
            Issue.record("not an array")
            return
        }
        #expect(elements.count == count + 1)
        // Linear work takes well under a second even in a debug build; quadratic work would not.
        #expect(elapsed < .seconds(5))
    }

    @Test func agreesWithFoundationOnTheValidCases() throws {
        // Foundation refuses a BOM, and its dictionaries merge keys Swift calls equal ("é" and
        // "e\u{301}"), which JSON keeps apart.
        for (text, _) in Self.valid where !text.hasPrefix("\u{FEFF}") && !text.unicodeScalars.contains("\u{301}") {
            let ours = try JSONParser.parse(Array(text.utf8), file: "t")
            let theirs = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            #expect(Self.matches(ours, theirs), "\(text)")
        }
    }

    /// Whether our value equals Foundation's reading of the same text.
    static func matches(_ ours: JSONValue, _ theirs: Any) -> Bool {
        switch ours {
        case .null: return theirs is NSNull
        case .bool(let flag): return (theirs as? NSNumber)?.boolValue == flag
        case .number(let number): return (theirs as? NSNumber)?.doubleValue == number.value
        case .string(let text):
            return (theirs as? String).map { Array($0.unicodeScalars) == Array(text.unicodeScalars) } ?? false
        case .array(let elements):
            guard let array = theirs as? [Any], array.count == elements.count else { return false }
            return zip(elements, array).allSatisfy { matches($0.value, $1) }
        case .object(let members):
            guard let object = theirs as? [String: Any], object.count == members.count else { return false }
            return members.allSatisfy { member in object[member.key].map { matches(member.value, $0) } ?? false }
        }
    }
}
