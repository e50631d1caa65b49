import FuzzDriver

runLibFuzzer { fuzzConfig($0, $1) }
