import FuzzDriver

runLibFuzzer { fuzzTemplates($0, $1) }
