/// Where an export's bytes go: a file (`BufferedFileWriter`) or memory (`MemorySink`).
public protocol ByteSink: AnyObject {
    /// Takes `bytes` in order after everything written before.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError)
}

extension ByteSink {
    /// Writes `bytes`.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        try bytes.withUnsafeBufferPointer { buffer throws(OutputError) in try write(UnsafeRawBufferPointer(buffer)) }
    }

    /// Writes the UTF-8 encoding of `string`.
    public func write(_ string: String) throws(OutputError) {
        var string = string
        // `withUTF8` rethrows untyped errors; carrying the result out keeps this typed.
        let result = string.withUTF8 { buffer in
            Result { () throws(OutputError) in try write(UnsafeRawBufferPointer(buffer)) }
        }
        try result.get()
    }
}
