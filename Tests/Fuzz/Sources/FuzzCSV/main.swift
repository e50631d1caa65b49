import FuzzDriver

runLibFuzzer { fuzzCSV($0, $1) }
