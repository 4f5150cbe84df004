import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer

/// Input options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
    @Argument(help: "Text files, directories (read recursively) or - for standard input.")
    var inputs: [String] = []

    @Option(name: .customLong("input"), help: "How to read inputs: auto (.jsonl files as JSONL), text or jsonl.")
    var inputFormat: InputFormatOption = .auto

    @Option(help: "The document date (YYYY-MM-DD) for resolving relative dates, when a document states none.")
    var date: String?

    @Option(help: "The language (kk, ru, en) of documents that state none; guessed otherwise.")
    var language: String?

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError("no input: give files, directories, or - for standard input")
        }
        if let date, SimpleDate(iso: date) == nil {
            throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'")
        }
    }

    func makeReader() -> DocumentReader {
        DocumentReader(
            paths: inputs, format: inputFormat.format, date: date.flatMap { SimpleDate(iso: $0) }, language: language)
    }
}

enum InputFormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, text, jsonl
    var format: InputFormat { InputFormat(rawValue: rawValue)! }
}

/// Gazetteer options shared by the extracting commands.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"), help: "A gazetteer file or directory to add on top of the shipped ones (repeatable).")
    var gazetteers: [String] = []

    @Flag(help: "Do not load the shipped gazetteers (only --gazetteer files).")
    var noDefaultGazetteers = false

    /// Loads the shipped gazetteers (unless disabled) and the user's.
    func load(reporter: DiagnosticReporter) throws -> Gazetteer {
        var paths: [String] = []
        if !noDefaultGazetteers {
            guard let shipped = GazetteerLocator.shippedDirectory() else {
                throw ShejireError(
                    code: "gazetteers-missing",
                    "cannot find the shipped Gazetteers/ directory; set SHEJIRE_GAZETTEERS to its path or use --no-default-gazetteers")
            }
            paths.append(shipped)
        }
        paths += gazetteers
        let gazetteer = try GazetteerLoader.load(paths: paths)
        for diagnostic in gazetteer.diagnostics { reporter.report(diagnostic) }
        return gazetteer
    }
}

/// Finds the shipped gazetteers.
enum GazetteerLocator {
    /// `SHEJIRE_GAZETTEERS`; else a `Gazetteers/` with `SOURCES.md` in a directory above the
    /// executable (a build inside the repository); else `share/shejire/Gazetteers` beside the
    /// executable's prefix; else `./Gazetteers`.
    static func shippedDirectory() -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["SHEJIRE_GAZETTEERS"], !env.isEmpty {
            return env
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        if let resolved = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directory = resolved.deletingLastPathComponent()
        }
        var candidates: [URL] = []
        var walk = directory
        for _ in 0..<8 {
            candidates.append(walk.appendingPathComponent("Gazetteers"))
            walk = walk.deletingLastPathComponent()
        }
        candidates.append(directory.deletingLastPathComponent().appendingPathComponent("share/shejire/Gazetteers"))
        candidates.append(URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent("Gazetteers"))
        for candidate in candidates where fm.fileExists(atPath: candidate.appendingPathComponent("SOURCES.md").path) {
            return candidate.path
        }
        return nil
    }
}

/// Prints diagnostics to standard error and counts them.
final class DiagnosticReporter {
    private(set) var warnings = 0
    private(set) var errors = 0
    let quiet: Bool

    init(quiet: Bool = false) {
        self.quiet = quiet
    }

    func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .warning: warnings += 1
        case .error: errors += 1
        }
        if !quiet || diagnostic.severity == .error {
            StandardError.write("shejire: \(diagnostic)\n")
        }
    }
}

enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// Buffered standard output.
final class Output {
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Options about problems in the input.
struct DiagnosticOptions: ParsableArguments {
    @Flag(help: "Fail (exit 1) if any warning was reported, after processing everything.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Do not print warnings (errors are still printed).")
    var quiet = false

    /// The exit code for the run: 0, or 1 with --strict and warnings, or 1 with errors.
    func finish(_ reporter: DiagnosticReporter) throws {
        if reporter.errors > 0 || (strict && reporter.warnings > 0) {
            if strict && reporter.warnings > 0 {
                StandardError.write("shejire: \(reporter.warnings) warning(s) with --strict\n")
            }
            throw ExitCode(1)
        }
    }
}
