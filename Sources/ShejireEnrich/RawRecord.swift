/// One record as it stands in the input, before its fields are parsed.
struct RawRecord {
    /// The record's bytes without its line terminator.
    var bytes: [UInt8]
    /// The 1-based line of the input where the record starts.
    var line: Int
    /// The line terminator that ended it: `\n`, `\r\n`, `\r`, or empty at the end of the input.
    var terminator: [UInt8]
    /// Why the record cannot be parsed as it stands, if it cannot.
    var problem: String?

    /// Line breaks inside the record (quoted newlines): `\n`, and `\r` not followed by `\n`.
    var innerLineBreaks: Int {
        var breaks = 0
        var previousCR = false
        for byte in bytes {
            if byte == 0x0A {
                if !previousCR { breaks += 1 }
                previousCR = false
            } else if byte == 0x0D {
                breaks += 1
                previousCR = true
            } else {
                previousCR = false
            }
        }
        return breaks
    }
}
