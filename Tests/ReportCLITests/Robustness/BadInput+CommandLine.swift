extension BadInput {
    /// Flags and values (README "Numbers"): every refusal names the flag and says why.
    static let commandLine: [BadInput] = [
        BadInput(
            "unknown flag with a near miss", ["--lerning-rate", "1"], 2,
            ["unknown option '--lerning-rate'", "Did you mean '--learning-rate'?"]),
        BadInput("unknown short flag", ["-x"], 2, ["unknown option '-x'."]),
        BadInput("flags are case-sensitive", ["--Output", "x"], 2, ["'--Output'", "Did you mean '--output'?"]),
        BadInput("unknown command", ["trian"], 2, ["unknown command 'trian'", "Did you mean 'train'?"]),
        BadInput("missing value at the end", ["--bias"], 2, ["--bias needs a value: --bias B."]),
        BadInput("missing value before a flag", ["--dataset", "--force"], 2, ["--dataset needs a value"]),
        BadInput("empty number", ["--bias", ""], 2, ["--bias '' is empty"]),
        BadInput("blank number", ["--learning-rate", " "], 2, ["--learning-rate ' ' contains a space"]),
        BadInput("overflowing number", ["--bias", "1e400"], 2, ["--bias '1e400' is out of range"]),
        BadInput("just past the largest double", ["--bias", "1.8e308"], 2, ["--bias '1.8e308' is out of range"]),
        BadInput("NaN", ["--learning-rate", "nan"], 2, ["--learning-rate 'nan' is NaN"]),
        BadInput("infinity", ["--learning-rate", "-inf"], 2, ["--learning-rate '-inf' is infinite"]),
        BadInput("hexadecimal float", ["--threshold", "0x1p3"], 2, ["--threshold '0x1p3' is a hexadecimal number"]),
        BadInput("digit separator", ["--iterations", "1_000"], 2, ["--iterations '1_000' contains an underscore"]),
        BadInput("Arabic-Indic digits", ["--bias", "١٢"], 2, ["--bias '١٢' contains non-ASCII digits"]),
        BadInput("decimal comma", ["--threshold", "0,5"], 2, ["--threshold '0,5' uses a decimal comma"]),
        BadInput("incomplete exponent", ["--bias", "1e"], 2, ["--bias '1e' is not a decimal number"]),
        BadInput("spaces around a number", ["--iterations", " 5"], 2, ["--iterations ' 5' has spaces around it"]),
        BadInput(
            "zero iterations", ["--iterations", "0"], 2,
            ["--iterations: 0 iterations were asked for; at least 1 is needed."]),
        BadInput(
            "negative iterations", ["--iterations", "-3"], 2,
            ["--iterations: -3 iterations were asked for; at least 1 is needed."]),
        BadInput("fractional iterations", ["--iterations", "2.5"], 2, ["--iterations '2.5' is not a whole number"]),
        BadInput(
            "one iteration over the cap", ["--iterations", "10000001"], 2,
            ["--iterations: 10000001 iterations were asked for; at most 10000000 are supported."]),
        BadInput(
            "absurd iterations", ["--iterations", "1e300"], 2,
            ["--iterations '1e300' is beyond 2⁵³, the largest whole number a setting takes."]),
        BadInput(
            "iterations beyond a double", ["--iterations", "1e400"], 2, ["--iterations '1e400' is out of range"]),
        BadInput("threshold of 1", ["--threshold", "1"], 2, ["--threshold: the threshold 1 is outside (0, 1)"]),
        BadInput("threshold of minus zero", ["--threshold", "-0"], 2, ["--threshold: the threshold -0 is outside"]),
        BadInput(
            "a weight out of range", ["--weights", "1e308,1e309"], 2,
            ["--weights '1e308,1e309' has item 2 '1e309', which is out of range"]),
        BadInput("empty weights", ["--weights", ""], 2, ["--weights '' has an empty item at position 1"]),
        BadInput(
            "ten thousand weights for two features",
            ["--weights", Array(repeating: "1", count: 10_000).joined(separator: ",")],
            2, ["--weights: 10000 initial weights are given but the data has 2 features"]),
        BadInput("unknown rule", ["--rule", "logistc"], 2, ["--rule 'logistc'", "Did you mean 'logistic'?"]),
        BadInput("unknown dataset", ["--dataset", "anf"], 2, ["--dataset 'anf'", "Did you mean 'and'?"]),
        BadInput("empty dataset", ["--dataset", ""], 2, ["--dataset '' is empty"]),
        BadInput("empty title", ["--title", ""], 2, ["--title '' is empty"]),
        BadInput(
            "a title of 100,000 characters", ["--title", String(repeating: "x", count: 100_000)], 2,
            ["--title", "is 100000 characters long; titles may have at most 200"]),
        BadInput(
            "a title of one letter and 100,000 combining marks", ["-c", "c.json"], 2,
            [
                "\"title\"",
                "has 100001 Unicode scalars (letters with their accents and marks); titles may have at most 1000",
            ],
            steps: [.text("c.json", "{\"title\": \"a" + String(repeating: "\u{301}", count: 100_000) + "\"}")]),
        BadInput("a title of two lines", ["--title", "a\nb"], 2, ["--title", "contains the control character U+A"]),
        BadInput("a title with a terminal escape", ["--title", "a\u{1B}[31m"], 2, ["control character U+1B"]),
        BadInput(
            "javascript base URL", ["--base-url", "javascript:alert(1)"], 2,
            ["--base-url 'javascript:alert(1)' is not an absolute http(s) URL"]),
        BadInput(
            "base URL with a quote", ["--base-url", "https://a.example/\"><script>"], 2,
            ["--base-url", "not a valid URL"]),
        BadInput("an option of the other command", ["--format", "json"], 2, ["--format does not apply to"]),
        BadInput("a stray argument", ["generate", "points.csv"], 2, ["use --dataset points.csv"]),
        BadInput("a repeated flag", ["--bias", "1", "--bias", "2"], 2, ["--bias is given more than once"]),
    ]
}
