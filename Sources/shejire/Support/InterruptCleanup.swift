import Foundation

/// The temporary file to remove when a signal arrives (a C string the handler can read; only
/// one cleanup is installed at a time).
nonisolated(unsafe) private var interruptPath: UnsafeMutablePointer<CChar>?

/// Removes a temporary output file when the run is interrupted (SIGINT, SIGTERM, SIGHUP), so
/// not even the hidden temporary file is left; the destination is untouched either way.
///
/// The handler is a plain signal handler, installed before `init` returns: a signal that
/// arrives right after is never lost (a dispatch signal source registers asynchronously, and a
/// signal ignored in the meantime used to be dropped, letting an interrupted run finish). It
/// does only what a signal handler may: `unlink`, `write` and `_exit`.
final class InterruptCleanup {
    private let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var installed = false

    init(removing path: String?) {
        guard let path else { return }
        interruptPath = strdup(path)
        for number in signals {
            signal(number) { number in
                if let path = interruptPath { unlink(path) }
                let message: StaticString = "\nshejire: interrupted; the output was not written\n"
                _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
                _exit(128 + number)
            }
        }
        installed = true
    }

    /// Restores the default handling once the output is in place or abandoned.
    func cancel() {
        guard installed else { return }
        for number in signals { signal(number, SIG_DFL) }
        free(interruptPath)
        interruptPath = nil
        installed = false
    }
}
