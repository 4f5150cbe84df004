import ShejireCore

/// Writes one JSON object to a `ByteSink`, compactly (`{"a":1,"b":"x"}`), with the commas.
///
/// Callers add members in sorted key order, which the debug build checks, so every object in
/// every JSON export has sorted keys.
struct JSONObjectWriter {
    let sink: ByteSink
    private var first = true
    #if DEBUG
    private var lastKey = ""
    #endif

    /// Writes `{`.
    init(_ sink: ByteSink) {
        self.sink = sink
        sink.write(byte: UInt8(ascii: "{"))
    }

    /// Writes `}`.
    func close() {
        sink.write(byte: UInt8(ascii: "}"))
    }

    /// Writes the comma and `"key":`; the caller writes the value.
    mutating func key(_ key: String) {
        #if DEBUG
        assert(first || lastKey < key, "JSON keys out of order: \(lastKey) then \(key)")
        lastKey = key
        #endif
        if !first { sink.write(byte: UInt8(ascii: ",")) }
        first = false
        sink.writeJSONString(key)
        sink.write(byte: UInt8(ascii: ":"))
    }

    mutating func string(_ key: String, _ value: String) {
        self.key(key)
        sink.writeJSONString(value)
    }

    mutating func string(_ key: String, _ value: String?) {
        guard let value else { return }
        string(key, value)
    }

    mutating func int(_ key: String, _ value: Int) {
        self.key(key)
        sink.write(value)
    }

    /// A finite number; `null` for NaN and infinities, which JSON cannot hold.
    mutating func double(_ key: String, _ value: Double) {
        self.key(key)
        if value.isFinite { sink.write(value) } else { sink.write("null") }
    }

    mutating func bool(_ key: String, _ value: Bool) {
        self.key(key)
        sink.write(value ? "true" : "false")
    }

    mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        sink.write(byte: UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { sink.write(byte: UInt8(ascii: ",")) }
            sink.writeJSONString(value)
        }
        sink.write(byte: UInt8(ascii: "]"))
    }

    /// A map of strings as an object with sorted keys.
    mutating func stringMap(_ key: String, _ pairs: [(key: String, value: String)]) {
        self.key(key)
        var object = JSONObjectWriter(sink)
        for pair in pairs { object.string(pair.key, pair.value) }
        object.close()
    }
}
