extension BadInput {
    /// A comparison from `text` as c.json, run with `compare -c c.json`.
    private static func runs(_ name: String, _ text: String, _ fragments: [String], status: Int32 = 2) -> BadInput {
        BadInput(name, ["compare", "-c", "c.json"], status, fragments, steps: [.text("c.json", text)])
    }

    /// `nnreport compare` (README "Comparing runs"): every bad declaration is refused before any
    /// run is trained, naming the run and where its value was written.
    static let compare: [BadInput] = [
        BadInput("compare without runs", ["compare"], 2, ["nnreport compare needs runs to compare"]),
        BadInput(
            "a setting varied twice", ["compare", "--vary", "learning-rate=0.1", "--vary", "learning-rate=1"], 2,
            ["--learning-rate is varied twice by --vary"]),
        BadInput(
            "--vary of a misspelled setting", ["compare", "--vary", "learnig-rate=0.1,1"], 2,
            ["--vary: 'learnig-rate' is not a setting. Did you mean 'learning-rate'?"]),
        BadInput(
            "--vary of a setting shared by every run", ["compare", "--vary", "base-url=https://a.org/,https://b.org/"],
            2,
            ["--vary: --base-url is the same for every run of a comparison and cannot be varied"]),
        BadInput("--vary without values", ["compare", "--vary", "rule"], 2, ["--vary 'rule' has no '='"]),
        BadInput("--vary with an empty list", ["compare", "--vary", "rule="], 2, ["gives no values after '='"]),
        BadInput(
            "--vary with an empty value", ["compare", "--vary", "bias=1,,2"], 2,
            ["--vary 'bias=1,,2' has an empty value at position 2"]),
        BadInput(
            "--vary value that is not a number", ["compare", "--vary", "learning-rate=0.1,fast"], 2,
            ["run 'learning-rate-fast': --vary learning-rate 'fast'"]),
        BadInput(
            "--vary value out of its setting's range", ["compare", "--vary", "threshold=0.5,1.5"], 2,
            ["run 'threshold-1.5': --vary threshold: the threshold 1.5 is outside (0, 1)"]),
        BadInput(
            "two data files of one name", ["compare", "--vary", "dataset=a/d.csv,b/d.csv"], 2,
            ["two runs are named 'dataset-d'"]),
        BadInput(
            "names differing only in case", ["compare", "--vary", "title=a,A"], 2, ["two runs are named 'title-A'"]),
        BadInput(
            "more than 1,000 runs",
            [
                "compare", "--vary", "bias=1,2,3,4,5,6,7,8,9,10,11", "--vary", "iterations=1,2,3,4,5,6,7,8,9,10",
                "--vary", "learning-rate=1,2,3,4,5,6,7,8,9,10",
            ], 2,
            ["the runs declared make 11 × 10 × 10 = 1,100 runs; a comparison takes at most 1000"]),
        BadInput(
            "runs over the log's limit together", ["compare", "--vary", "iterations=10000000,9000000,8000000"], 2,
            [
                "the runs together would log 702,000,000 values, over the limit of 300,000,000",
                "the largest is the run 'iterations-10000000'",
            ]),
        BadInput(
            "a config's grid with generate", ["-c", "c.json"], 2,
            ["c.json line 1, key \"grid\": grid declares runs to compare, which only 'nnreport compare' makes"],
            steps: [.text("c.json", "{\"grid\": {\"rule\": [\"logistic\"]}}")]),
        runs(
            "a path separator in a name", "{\"runs\": [{\"name\": \"a/b\"}]}",
            ["key \"runs[0].name\": the run name 'a/b' contains '/'"]),
        runs("a name that climbs", "{\"runs\": [{\"name\": \"..\"}]}", ["the run name '..' would name a folder above"]),
        runs("an empty name", "{\"runs\": [{\"name\": \"\"}]}", ["the run name '' is empty"]),
        runs("a hidden name", "{\"runs\": [{\"name\": \".git\"}]}", ["the run name '.git' starts with '.'"]),
        runs(
            "a name too long", "{\"runs\": [{\"name\": \"\(String(repeating: "x", count: 81))\"}]}",
            ["is 81 characters long; names may have at most 80"]),
        runs("a name with a space", "{\"runs\": [{\"name\": \"a b\"}]}", ["the run name 'a b' contains (U+20)"]),
        runs(
            "duplicate names", "{\"runs\": [{\"name\": \"x\"}, {\"name\": \"X\"}]}",
            ["two runs are named 'X' (c.json line 1, key \"runs[0].name\" and c.json line 1, key \"runs[1].name\")"]),
        runs("a run without a name", "{\"runs\": [{\"learningRate\": 1}]}", ["runs[0] has no \"name\" key"]),
        runs("no runs", "{\"runs\": []}", ["c.json:1:10: runs is empty"]),
        runs("an empty grid", "{\"grid\": {}}", ["c.json:1:10: grid is empty"]),
        runs(
            "a grid key without values", "{\"grid\": {\"bias\": []}}", ["grid.bias is empty; give at least one value"]),
        runs(
            "a grid key that is not a setting", "{\"grid\": {\"learnRate\": [1]}}",
            ["unknown key \"learnRate\" in grid; did you mean \"learningRate\"?"]),
        runs(
            "a grid key shared by every run", "{\"grid\": {\"baseURL\": [\"https://a.org/\"]}}",
            ["c.json line 1, key \"grid.baseURL\": baseURL is the same for every run"]),
        runs(
            "a grid value of the wrong type", "{\"grid\": {\n  \"learningRate\": [0.1, \"fast\"]}}",
            ["run 'learning-rate-fast': c.json:2:25: grid.learningRate[1] must be a number, but it is a string"]),
        runs(
            "a grid value out of range", "{\"grid\": {\n  \"threshold\": [0.5, 2]}}",
            ["run 'threshold-2': c.json line 2, key \"grid.threshold[1]\": the threshold 2 is outside (0, 1)"]),
        runs(
            "a run's value of the wrong shape", "{\"runs\": [{\"name\": \"a\", \"weights\": [1]}]}",
            ["run 'a': c.json line 1, key \"runs[0].weights\": 1 initial weight is given but the data has 2 features"]),
        runs(
            "a run's misspelled rule", "{\"runs\": [{\"name\": \"a\", \"rule\": \"logistc\"}]}",
            ["run 'a': c.json line 1, key \"runs[0].rule\" 'logistc' is not one of thresholded, logistic"]),
        runs(
            "a run and the grid varying one setting",
            "{\"runs\": [{\"name\": \"a\", \"learningRate\": 1}], \"grid\": {\"learningRate\": [1, 2]}}",
            ["--learning-rate is varied twice, by the run 'a'", "and by the config's grid"]),
        runs(
            "a run's data file that is missing", "{\"runs\": [{\"name\": \"a\", \"dataset\": \"none.csv\"}]}",
            ["run 'a': "], status: 1),
        BadInput(
            "a single file of more than 100 runs",
            [
                "compare", "--single-file", "-o", "r.html", "--vary", "bias=1,2,3,4,5,6,7,8,9,10,11", "--vary",
                "iterations=1,2,3,4,5,6,7,8,9,10",
            ], 2,
            ["--single-file holds at most 100 runs of a comparison, and 110 are declared"]),
    ]
}
