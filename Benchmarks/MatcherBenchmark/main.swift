// Times tokenize + morphology + gazetteer matching, single-threaded and parallel, with the
// shipped gazetteers and with 1,000,000 generated entries. Prints MB/s (MB = 10^6 bytes),
// tokens/s and peak memory. See BENCHMARKS.md for results and how to run it.
//
//   swift run -c release shejire-bench [--mb 100] [--entries 1000000] [--threads 2]
//   swift run -c release shejire-bench --peers-corpus /tmp/peers_data/corpus_100MB.txt \
//       --peers-gazetteer /tmp/peers_data/gaz_real.tsv
//   swift run -c release shejire-bench --dump docs.jsonl > out.jsonl   # outputs, to compare two builds
import BenchmarkSupport
import Dispatch
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer
import ShejireText

struct Options {
    var megabytes = 100
    var entries = 1_000_000
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var gazetteers = "Gazetteers"
    var peersCorpus: String? = nil
    var peersGazetteer: String? = nil
    var only: String? = nil
    var dump: String? = nil

    static let usage = """
        usage: shejire-bench [--mb N] [--entries N] [--threads N] [--gazetteers DIR] [--only PART]
                             [--peers-corpus FILE --peers-gazetteer FILE] [--dump JSONL]
        Times tokenize + morphology + gazetteer matching on a generated corpus of N MB (default 100),
        with the shipped gazetteers and with N generated entries (default 1,000,000); prints MB/s,
        tokens/s, CPU seconds and peak memory. See BENCHMARKS.md.
        """

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("shejire-bench: \(message)\n\(usage)\n".utf8))
        exit(2)
    }

    init(_ args: [String]) {
        var i = 1
        func value() -> String {
            i += 1
            guard i < args.count else { Self.fail("missing value for \(args[i - 1])") }
            return args[i]
        }
        func number() -> Int {
            let text = value()
            guard let number = Int(text), number >= 0 else { Self.fail("\(args[i - 1]) needs a whole number, not \(text)") }
            return number
        }
        while i < args.count {
            switch args[i] {
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            case "--mb": megabytes = number()
            case "--entries": entries = number()
            case "--threads": threads = max(1, number())
            case "--gazetteers": gazetteers = value()
            case "--peers-corpus": peersCorpus = value()
            case "--peers-gazetteer": peersGazetteer = value()
            case "--only": only = value()
            case "--dump": dump = value()
            default: Self.fail("unknown option \(args[i])")
            }
            i += 1
        }
    }
}

/// Builds a corpus of Kazakh sentences: the shipped example's words, with gazetteer names
/// inflected with case endings, one document per line.
func generateCorpus(megabytes: Int, gazetteer: Gazetteer, examples: String) -> [String] {
    var rng = SplitMix(state: 42)
    let filler = examples.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init).filter { $0.count > 1 }
    let names = gazetteer.entries.filter { $0.entityType != nil }.map(\.name).filter { !$0.contains("\t") }
    let suffixes = ["", "", "", "да", "дан", "ның", "ға", "ды", "мен", "ында", "ге", "нің"]
    var lines: [String] = []
    var bytes = 0
    let target = megabytes * 1_000_000
    while bytes < target {
        var line = ""
        for _ in 0..<(8 + Int(rng.next() % 20)) {
            if rng.next() % 6 == 0, !names.isEmpty {
                line += rng.pick(names) + rng.pick(suffixes)
            } else {
                line += rng.pick(filler)
            }
            line += " "
        }
        line += "."
        bytes += line.utf8.count + 1
        lines.append(line)
    }
    return lines
}

/// A gazetteer of `count` generated capitalised Cyrillic names (1–3 words) plus the shipped one.
func generatedGazetteer(count: Int, base: Gazetteer) -> Gazetteer {
    var rng = SplitMix(state: 7)
    let letters = Array("абвгдежзийклмнопрстуфхцшыәғқңөұүһі")
    var g = base
    for i in 0..<count {
        let words = 1 + Int(rng.next() % 3)
        var name = ""
        for w in 0..<words {
            let length = 4 + Int(rng.next() % 7)
            var word = String(rng.pick(letters)).uppercased()
            for _ in 1..<length { word.append(rng.pick(letters)) }
            name += (w > 0 ? " " : "") + word
        }
        g.add(GazetteerEntry(id: "gen:\(i)", kind: "organisation", name: name, names: [GazetteerName(text: name)], source: "generated"))
    }
    return g
}

struct RunResult {
    var seconds: Double
    /// CPU seconds of all threads: on a shared machine, steadier than the wall time.
    var cpu: Double
    var tokens: Int
    var matches: Int
}

/// Tokenizes and matches every line; `threads` workers split the lines.
func run(lines: [String], matcher: GazetteerMatcher?, threads: Int) -> RunResult {
    final class Totals: @unchecked Sendable {
        var tokens = [Int](repeating: 0, count: 64)
        var matches = [Int](repeating: 0, count: 64)
    }
    let totals = Totals()
    let start = now()
    let cpuStart = cpuTime()
    let chunk = 256
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
        let cache = MatchCache()
        let tokenCache = TokenCache()
        var tokens = 0
        var matches = 0
        var block = worker
        while block * chunk < lines.count {
            for line in lines[(block * chunk)..<min(lines.count, (block + 1) * chunk)] {
                let t = Tokenizer.tokenize(line, cache: tokenCache)
                tokens += t.count
                if let matcher { matches += matcher.matches(in: t, cache: cache).count }
            }
            block += threads
        }
        totals.tokens[worker] = tokens
        totals.matches[worker] = matches
    }
    return RunResult(seconds: now() - start, cpu: cpuTime() - cpuStart, tokens: totals.tokens.reduce(0, +), matches: totals.matches.reduce(0, +))
}

func report(_ label: String, _ r: RunResult, bytes: Int) {
    let mb = Double(bytes) / 1e6
    print(
        String(
            format: "%-48@ %6.2f s  %6.1f MB/s  %5.2f M tokens/s  %9d matches  peak %5.0f MB  cpu %6.2f s (%5.1f MB/cpu-s)",
            label as NSString, r.seconds, mb / r.seconds, Double(r.tokens) / r.seconds / 1e6, r.matches, peakMB(),
            r.cpu, mb / r.cpu))
}

let options = Options(CommandLine.arguments)
print("shejire-bench  \(Date())  threads available: \(ProcessInfo.processInfo.activeProcessorCount)")

if let corpusPath = options.peersCorpus, let gazPath = options.peersGazetteer {
    // Same semantics as ../shared/bench/peers: case-sensitive, whole token, no inflection.
    let loadStart = now()
    let tsv = try! String(contentsOfFile: gazPath, encoding: .utf8)
    var g = Gazetteer()
    for (i, line) in tsv.split(separator: "\n").enumerated() {
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard let surface = parts.first else { continue }
        let name = GazetteerName(text: String(surface), options: .exact)
        g.add(GazetteerEntry(id: "p:\(i)", kind: "organisation", name: String(surface), names: [name], source: "peers"))
    }
    let matcher = GazetteerMatcher(g)
    let build = now() - loadStart
    print(String(format: "peers gazetteer: %d entries, load+compile %.2f s, peak %.0f MB", g.entries.count, build, peakMB()))
    let corpus = try! String(contentsOfFile: corpusPath, encoding: .utf8)
    let lines = corpus.split(separator: "\n").map(String.init)
    let bytes = corpus.utf8.count
    report("peers exact, 1 thread", run(lines: lines, matcher: matcher, threads: 1), bytes: bytes)
    report("peers exact, \(options.threads) threads", run(lines: lines, matcher: matcher, threads: options.threads), bytes: bytes)
    exit(0)
}

let gazetteer = try GazetteerLoader.load(paths: [options.gazetteers])

if let dumpPath = options.dump {
    // For checking that a speed change changes no result: for every JSONL line
    // {"id", "text"}, the extraction JSON and the token analysis (tokens, sentences, folded
    // forms, bases), and the gazetteer matches with 100,000 generated entries added (tokens
    // and matches through small caches: the same matches as without caches).
    struct Line: Decodable { var id: String; var text: String }
    let pipeline = Pipeline(gazetteer: gazetteer)
    let scratch = ExtractionScratch()
    let generated = GazetteerMatcher(generatedGazetteer(count: 100_000, base: gazetteer))
    // Small limits, so that the caches are emptied and their ids reused during the dump.
    let cache = MatchCache(limit: 5_000)
    let tokenCache = TokenCache(limit: 3_000)
    let text = try String(contentsOfFile: dumpPath, encoding: .utf8)
    var out = ""
    for row in text.split(separator: "\n") {
        let line = try JSONDecoder().decode(Line.self, from: Data(row.utf8))
        let document = Document(id: line.id, text: line.text)
        out += OutputJSON.encode(pipeline.extract(document, scratch: scratch).json, pretty: false) + "\n"
        out += OutputJSON.encode(TokenAnalysis(document: document), pretty: false) + "\n"
        let matches = generated.matches(in: Tokenizer.tokenize(line.text, cache: tokenCache), cache: cache)
        out += matches.map { "\($0.tokens) \($0.entry) \($0.name) \($0.literal)" }.joined(separator: ";") + "\n"
        if out.utf8.count > 1 << 20 {
            print(out, terminator: "")
            out = ""
        }
    }
    print(out, terminator: "")
    exit(0)
}
let examples = (try? String(contentsOfFile: "Examples/kazinform-2025-10-30-ica-barcelona.txt", encoding: .utf8)) ?? "Астана архив"
let genStart = now()
let lines = generateCorpus(megabytes: options.megabytes, gazetteer: gazetteer, examples: examples)
let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
print(String(format: "corpus: %.1f MB, %d lines, generated in %.1f s", Double(bytes) / 1e6, lines.count, now() - genStart))

var compileStart = now()
let shipped = GazetteerMatcher(gazetteer)
print(String(format: "shipped gazetteers: %d entries, %d names, compiled in %.2f s", gazetteer.entries.count, shipped.patternCount, now() - compileStart))

if options.only == nil || options.only == "match" {
    report("tokenize only, 1 thread", run(lines: lines, matcher: nil, threads: 1), bytes: bytes)
    report("tokenize+morphology+match (shipped), 1 thread", run(lines: lines, matcher: shipped, threads: 1), bytes: bytes)
    report("tokenize+morphology+match (shipped), \(options.threads) threads", run(lines: lines, matcher: shipped, threads: options.threads), bytes: bytes)
}

if options.entries > 0 {
    let before = currentMB()
    compileStart = now()
    var cpuStart = cpuTime()
    let big = generatedGazetteer(count: options.entries, base: gazetteer)
    let generated = now() - compileStart
    let generatedCPU = cpuTime() - cpuStart
    compileStart = now()
    cpuStart = cpuTime()
    let bigMatcher = GazetteerMatcher(big)
    let compiled = now() - compileStart
    let compiledCPU = cpuTime() - cpuStart
    print(String(format: "%d generated entries: built in %.2f s (cpu %.2f s), compiled in %.2f s (cpu %.2f s), +%.0f MB resident, peak %.0f MB",
                 options.entries, generated, generatedCPU, compiled, compiledCPU, currentMB() - before, peakMB()))
    report("match with +\(options.entries) entries, 1 thread", run(lines: lines, matcher: bigMatcher, threads: 1), bytes: bytes)
    report("match with +\(options.entries) entries, \(options.threads) threads", run(lines: lines, matcher: bigMatcher, threads: options.threads), bytes: bytes)
}
