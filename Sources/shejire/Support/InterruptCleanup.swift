import Dispatch
import Foundation

/// Removes a temporary output file when the run is interrupted (SIGINT, SIGTERM, SIGHUP), so
/// not even the hidden temporary file is left; the destination is untouched either way.
final class InterruptCleanup {
    private var sources: [DispatchSourceSignal] = []
    private let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    init(removing path: String?) {
        guard let path else { return }
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                unlink(path)
                StandardError.write("\nshejire: interrupted; the output was not written\n")
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Restores the default handling once the output is in place or abandoned.
    func cancel() {
        for source in sources { source.cancel() }
        if !sources.isEmpty { for number in signals { signal(number, SIG_DFL) } }
        sources = []
    }
}
