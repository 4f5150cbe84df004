/// Makes strings safe where XML wants a name token.
enum XMLName {
    /// The string as an XML NMTOKEN (GraphML ids): unchanged when it is one already, which
    /// entity ids (`person:aliya-mustafina`) always are.
    ///
    /// Otherwise every character outside ASCII letters, digits, `.`, `-`, `_` and `:` becomes
    /// `_xHHHH_` (its scalar value in upper-case hex), and so does a `_` followed by `x`, so
    /// distinct ids stay distinct. The empty string becomes `_x_`.
    ///
    /// - Complexity: O(n) in the UTF-8 length.
    static func nmtoken(_ string: String) -> String {
        if string.isEmpty { return "_x_" }
        let utf8 = string.utf8
        var plain = true
        var previousUnderscore = false
        for b in utf8 {
            if !isPlain(b) || (previousUnderscore && b == UInt8(ascii: "x")) {
                plain = false
                break
            }
            previousUnderscore = b == UInt8(ascii: "_")
        }
        if plain { return string }
        var out = ""
        let scalars = Array(string.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar.isASCII && isPlain(UInt8(scalar.value)) && !(scalar == "_" && next == "x") {
                out.unicodeScalars.append(scalar)
            } else {
                out += "_x" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return out
    }

    @inline(__always)
    private static func isPlain(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"),
            UInt8(ascii: ":"):
            true
        default: false
        }
    }
}
