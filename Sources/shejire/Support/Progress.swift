import Foundation

/// A one-line progress report on standard error, redrawn at most every 200 ms, shown only
/// when standard error is a terminal (never in logs or pipes) and not silenced.
final class ProgressLine {
    let enabled: Bool
    let unit: String
    let totalBytes: Int?
    let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(unit: String, totalBytes: Int?, quiet: Bool) {
        self.enabled = !quiet && isatty(2) == 1
        self.unit = unit
        self.totalBytes = totalBytes
    }

    /// Redraws with `count` items and `bytes` of input done.
    func update(count: Int, bytes: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(count) / elapsed : 0
        var line = "\r\(count) \(unit)  \(String(format: "%.0f", rate))/s  \(Self.clock(elapsed))"
        if let totalBytes, totalBytes > 0, bytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            let remaining = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line += "  \(Int(fraction * 100))%  eta \(Self.clock(remaining))"
        }
        StandardError.write(line + "\u{1B}[K")
        drawn = true
    }

    /// Clears the line.
    func finish() {
        guard enabled, drawn else { return }
        StandardError.write("\r\u{1B}[K")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// Total size of regular files under the paths (nil for standard input).
    static func inputSize(_ paths: [String]) -> Int? {
        let fm = FileManager.default
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let enumerator = fm.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.fileSizeKey])
                while let url = enumerator?.nextObject() as? URL {
                    total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
                }
            } else {
                total += ((try? fm.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
            }
        }
        return total
    }
}
