/// How every writer spells numbers, so that output is the same bytes on every run and platform.
enum ExportNumber {
    /// The shortest decimal that reads back to the same `Double` (Swift's `description`:
    /// `1.0`, `0.85`, `1e-07`, `1e+16`). Callers write not-finite values as absent or `null`.
    @inline(__always)
    static func format(_ value: Double) -> String {
        value == 0 ? "0.0" : value.description  // no "-0.0"
    }
}
