import BenchmarkSupport
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireServer
import ShejireStore

#if canImport(Glibc)
import Glibc
#endif

// Load test of `shejire serve`'s reconciliation endpoint, bounded and on loopback only:
// copies a seed database (`shejire ingest Examples/ --db seed.sqlite`), grows it with a
// synthetic graph to N entities (as shejire-store-bench generates one), starts the server
// in this process on a free 127.0.0.1 port (read-only), and sends reconciliation batches over
// keep-alive HTTP/1.1 connections for a fixed time. Usage:
//   shejire-serve-bench --seed seed.sqlite [--entities 100000] [--seconds 10] [--connections 4] [--batch 1,10] [--db PATH]
// Prints queries/s, requests/s, latency percentiles and errors for each batch size.

guard let seed = argument("--seed") else {
    say("usage: shejire-serve-bench --seed SEED.sqlite [--entities N] [--seconds S] [--connections C] [--batch 1,10]")
    exit(2)
}
let entityCount = Int(argument("--entities") ?? "100000")!
let seconds = Double(argument("--seconds") ?? "10")!
let connections = Int(argument("--connections") ?? "4")!
let batches = (argument("--batch") ?? "1,10").split(separator: ",").map { Int($0)! }
let path = argument("--db") ?? FileManager.default.temporaryDirectory.appendingPathComponent("shejire-serve-bench.sqlite").path

// ---- the graph: the seed grown with synthetic documents ----
for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
try FileManager.default.copyItem(atPath: seed, toPath: path)
let writer = try GraphStore(path: path)
let seedEntities = try writer.stats().entities
let synthetic = max(0, entityCount - seedEntities)
let graph = SyntheticGraph(entities: synthetic, documentPrefix: "bench") { name, type in EntityKey.make(name: name, type: type) }  // as ingest links names
let (people, organisations, places) = (graph.people, graph.organisations, graph.places)

let started = Date()
if synthetic > 0 {
    var random = SplitMix(state: 42)
    var batch: [IngestDocument] = []
    let documents = graph.documentCount
    for d in 0..<documents {
        batch.append(graph.document(d, &random))
        if batch.count == 1000 || d == documents - 1 {
            try writer.write(batch)
            batch.removeAll(keepingCapacity: true)
        }
    }
}
let stats = try writer.stats()
say(String(format: "graph: %d entities, %d relations, %d aliases (built in %.1f s)", stats.entities, stats.relations, stats.aliases, Date().timeIntervalSince(started)))

// ---- the server ----
let store = try GraphStore(path: path, readOnly: true)
let server = ShejireServer(store: store, pipeline: nil, configuration: ServerConfiguration(host: "127.0.0.1", port: 0, logLevel: "error"))
final class PortBox: @unchecked Sendable {
    let semaphore = DispatchSemaphore(value: 0)
    var port = 0
}
let box = PortBox()
// Detached: top-level code runs on the main actor, which waits on the semaphore below.
Task.detached {
    try await server.run { _, port in
        box.port = port
        box.semaphore.signal()
    }
}
box.semaphore.wait()
say("server: 127.0.0.1:\(box.port), read-only, \(ProcessInfo.processInfo.activeProcessorCount) cores shared with the load generator")

// ---- the load ----
/// A blocking HTTP/1.1 keep-alive connection to the loopback server.
final class Connection {
    let fd: Int32
    var buffer = [UInt8]()

    init(port: Int) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        precondition(result == 0, "cannot connect")
    }

    deinit { close(fd) }

    /// Sends a GET and returns (status, body).
    func get(_ target: String) -> (Int, [UInt8]) {
        let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        var sent = 0
        while sent < request.count {
            let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return (0, []) }
            sent += n
        }
        // Headers, then Content-Length bytes of body.
        var headerEnd: Int? = nil
        while headerEnd == nil {
            if let end = find([13, 10, 13, 10]) { headerEnd = end; break }
            if !fill() { return (0, []) }
        }
        let head = String(decoding: buffer[..<headerEnd!], as: UTF8.self)
        let status = Int(head.split(separator: " ").dropFirst().first ?? "") ?? 0
        var length = 0
        for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
            length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) ?? 0
        }
        let bodyStart = headerEnd! + 4
        while buffer.count < bodyStart + length { if !fill() { return (0, []) } }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return (status, body)
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for i in 0...(buffer.count - pattern.count) where buffer[i] == pattern[0] && Array(buffer[i..<(i + pattern.count)]) == pattern { return i }
        return nil
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = recv(fd, &chunk, chunk.count, 0)
        if n <= 0 { return false }
        buffer += chunk[..<n]
        return true
    }
}

/// Reconciliation batches of generated names (exact, some without a type) and seed names.
struct BatchMaker: Sendable {
    var people: Int
    var organisations: Int
    var places: Int

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }

    func make(_ size: Int, _ random: inout SplitMix) -> String {
        let seedNames = ["ICA", "Президент архиві", "Aliya Mustafina", "Барселона", "Astana", "Халықаралық архивтер кеңесі"]
        var queries: [String] = []
        for q in 0..<size {
            let pick = random.next(10)
            let (name, type): (String, String)
            switch pick {
            case 0: (name, type) = (seedNames[random.next(seedNames.count)], "")
            case 1...4: (name, type) = ("person \(random.next(max(1, people)))", "person")
            case 5...7: (name, type) = ("org \(random.next(max(1, organisations)))", "organisation")
            default: (name, type) = ("place \(random.next(max(1, places)))", "")
            }
            let typePart = type.isEmpty ? "" : ",\"type\":\"\(type)\""
            queries.append("\"q\(q)\":{\"query\":\"\(name)\"\(typePart),\"limit\":3}")
        }
        return "/reconcile?queries=" + Self.encode("{" + queries.joined(separator: ",") + "}")
    }
}

final class Tally: @unchecked Sendable {
    let lock = NSLock()
    var requests = 0
    var errors = 0
    var matched = 0
    var latencies: [Double] = []
}

say(String(format: "load: %d connection(s), %.0f s per batch size, GET /reconcile?queries=...", connections, seconds))
say("| batch | requests/s | queries/s | p50 ms | p99 ms | errors | matched |")
say("|---|---|---|---|---|---|---|")
let maker = BatchMaker(people: people, organisations: organisations, places: places)
let port = box.port
for size in batches {
    let tally = Tally()
    let deadline = Date().addingTimeInterval(seconds)
    let group = DispatchGroup()
    for c in 0..<connections {
        group.enter()
        Thread {
            var random = SplitMix(state: UInt64(1000 + c))
            let connection = Connection(port: port)
            var local: [Double] = []
            var errors = 0
            var matched = 0
            while Date() < deadline {
                let target = maker.make(size, &random)
                let t0 = DispatchTime.now().uptimeNanoseconds
                let (status, body) = connection.get(target)
                local.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1_000_000)
                if status != 200 { errors += 1 } else {
                    matched += String(decoding: body, as: UTF8.self).components(separatedBy: "\"match\":true").count - 1
                }
            }
            tally.lock.withLock {
                tally.requests += local.count
                tally.errors += errors
                tally.matched += matched
                tally.latencies += local
            }
            group.leave()
        }.start()
    }
    group.wait()
    let sorted = tally.latencies.sorted()
    let rps = Double(tally.requests) / seconds
    say(
        String(
            format: "| %d | %.0f | %.0f | %.2f | %.2f | %d | %.0f%% |", size, rps, rps * Double(size), percentile(sorted, 0.5),
            percentile(sorted, 0.99), tally.errors, 100 * Double(tally.matched) / Double(max(1, tally.requests * size))))
}
exit(0)
