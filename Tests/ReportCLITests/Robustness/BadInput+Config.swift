extension BadInput {
    /// A config case: `text` as c.json, run with `-c c.json`.
    private static func config(
        _ name: String, _ text: String, _ fragments: [String], status: Int32 = 2, steps: [Step] = []
    ) -> BadInput {
        BadInput(name, ["-c", "c.json"], status, fragments, steps: [.text("c.json", text)] + steps)
    }

    /// Config files (README "Config file"): refused with the file, line, column and key path.
    static let config: [BadInput] = [
        BadInput("missing config file", ["-c", "none.json"], 2, ["the config file none.json does not exist"]),
        BadInput(
            "a folder as config", ["-c", "folder"], 2, ["the config file folder is a folder"],
            steps: [.folder("folder")]
        ),
        BadInput(
            "a 100 MB config, refused before it is read", ["-c", "big.json"], 2,
            ["the config file big.json is 100000000 bytes; config files may have at most 10000000 bytes"],
            steps: [.sparse("big.json", bytes: 100_000_000)], memoryLimitKB: 60_000),
        BadInput(
            "an endless device as config", ["-c", "/dev/zero"], 2,
            ["the config file /dev/zero is larger than 10000000 bytes"]),
        config("empty config", "", ["c.json:1:1: the file holds no JSON value"]),
        config("blank config", " \n\t", ["c.json:2:2: the file holds no JSON value"]),
        config(
            "unclosed object", "{\n  \"bias\": 1", ["c.json:2:12:", "ends inside the object opened with { on line 1"]),
        config("trailing comma", "{\"bias\": 1,}", ["c.json:1:11: a comma must be followed by another element"]),
        config("missing comma", "{\n  \"bias\": 1\n  \"iterations\": 2\n}", ["c.json:3:3:"]),
        config("bare word", "{\"bias\": tru}", ["c.json:1:10: unexpected word \"tru\""]),
        config("two values", "{} {}", ["c.json:1:4: unexpected text after the JSON value"]),
        config(
            "a string instead of a number", "{\"bias\": \"1\"}",
            ["c.json:1:10: bias must be a number, but it is a string"]),
        config(
            "a string deep in the features",
            "{\"dataset\": {\"features\": [[0,1],[1,\"x\"]], \"labels\": [0,1]}}",
            ["c.json:1:36: dataset.features[1][1] must be a number, but it is a string"]),
        config(
            "a number as a feature name",
            "{\"dataset\": {\"features\": [[0,1]], \"labels\": [0,1], \"featureNames\": [3]}}",
            ["dataset.featureNames[0] must be a string, but it is a number"]),
        config("a list instead of an object", "[1, 2]", ["c.json:1:1:", "must be an object"]),
        config(
            "unknown key with a near miss", "{\"learningrate\": 1}",
            ["c.json:1:2: unknown key \"learningrate\"", "\"learningRate\""]),
        config(
            "unknown key, wrong case", "{\"Bias\": 1}", ["c.json:1:2: unknown key \"Bias\"; did you mean \"bias\"?"]),
        config(
            "unknown key inside the dataset", "{\"dataset\": {\"features\": [[1]], \"labels\": [1], \"extra\": 1}}",
            ["unknown key \"extra\" in dataset"]),
        config(
            "duplicate key", "{\"bias\": 1,\n \"bias\": 1}",
            ["c.json:2:2: the key \"bias\" appears twice", "first on line 1"]),
        config("null", "{\"bias\": null}", ["c.json:1:10: bias is null"]),
        config(
            "null in a list", "{\"weights\": [null, 1]}", ["c.json:1:14: weights[0] must be a number, but it is null"]),
        config("a number out of range", "{\"weights\": [1e400, 1]}", ["c.json:1:14: the number 1e400 is out of range"]),
        config(
            "too many iterations", "{\"iterations\": 1e8}",
            ["c.json line 1, key \"iterations\": 100000000 iterations were asked for; at most 10000000 are supported."]),
        config(
            "fractional iterations in the config", "{\"iterations\": 5.5}",
            ["c.json line 1, key \"iterations\" '5.5' is not a whole number."]),
        config(
            "10,000 nested arrays", String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
            [
                "c.json:1:513: arrays and objects are nested more than 512 levels deep"
            ]),
        config(
            "10,000 nested objects",
            String(repeating: "{\"dataset\":", count: 10_000) + "1" + String(repeating: "}", count: 10_000),
            ["arrays and objects are nested more than 512 levels deep"]),
        config(
            "a lone surrogate", "{\"title\": \"\\ud800\"}", ["c.json:1:12: \\ud800 is half of a UTF-16 surrogate pair"]),
        config(
            "a NUL in the title", "{\"title\": \"a\\u0000b\"}",
            ["c.json line 1, key \"title\"", "control character U+0"]),
        BadInput(
            "invalid UTF-8 in the config", ["-c", "c.json"], 2, ["c.json:1:12: the file is not valid UTF-8 here"],
            steps: [.file("c.json", Array("{\"title\": \"".utf8) + [0xFF, 0x22, 0x7D])]),
        BadInput(
            "a config in UTF-16", ["-c", "c.json"], 2, ["c.json:1:1: the file is encoded as UTF-16"],
            steps: [.file("c.json", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])]),
        config(
            "an unknown rule", "{\"rule\": \"perceptron\"}", ["key \"rule\"", "is not one of thresholded, logistic"]),
        config(
            "a javascript base URL", "{\"baseURL\": \"javascript:alert(1)\"}",
            ["c.json line 1, key \"baseURL\"", "is not an absolute http(s) URL"]),
        config(
            "features and labels of different lengths", "{\"dataset\": {\"features\": [[1]], \"labels\": [1, 0]}}",
            ["c.json line 1, key \"dataset\": feature 1 has 1 values but there are 2 labels"]),
        config(
            "duplicate feature names",
            "{\"dataset\": {\"features\": [[1],[2]], \"labels\": [1], \"featureNames\": [\"a\", \"a\"]}}",
            ["key \"dataset\": the feature name \"a\" is used twice"]),
        config(
            "labels other than 0 and 1", "{\"dataset\": {\"features\": [[0, 1]], \"labels\": [0, 2]}}",
            ["key \"dataset\"", "labels must be 0 or 1"]),
        config(
            "a CSV named by the config that is missing", "{\"dataset\": {\"csv\": \"nope.csv\"}}",
            ["nope.csv: there is no such file"], status: 1),
    ]
}
