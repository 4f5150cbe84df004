import Foundation
import ShejireTestSupport
import Testing

/// Drives the graph browser page with headless Chromium (Debian's `chromium`): search for ICA
/// and check the graph shows the President's Archive connected to it. Skipped, with a note,
/// when Chromium is not installed. The screenshot goes to the test output directory.
@Suite(.serialized) struct BrowserTests {
    static let chromium: String? = {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            if let run = try? ServerTestSupport.run("sh", ["-c", "command -v \(name)"]), run.status == 0 {
                return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        ServerTestSupport.note("SKIP: chromium not installed (apt-get install chromium): browser page test skipped")
        return nil
    }()

    /// Runs headless Chromium on `url` until the page settles (virtual time), with extra arguments.
    static func chromium(_ url: String, _ arguments: [String]) throws -> TestSupport.Run {
        let profile = try ServerTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: profile) }
        return try ServerTestSupport.run(
            chromium!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=\(profile.path)", "--window-size=1400,900", "--virtual-time-budget=20000",
            ] + arguments + [url])
    }

    @Test(.enabled(if: chromium != nil)) func searchingICAShowsThePresidentsArchive() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let url = "\(server.base)/#q=ICA"
        // Chromium blocks; run it off the cooperative pool so the in-process server can answer.
        let dom = try await Task.detached { try Self.chromium(url, ["--dump-dom"]) }.value
        let html = String(decoding: dom.stdout, as: UTF8.self)
        #expect(dom.status == 0, "\(dom.stderrText.suffix(500))")
        #expect(html.contains("data-state=\"ready\""), "page did not finish: \(html.prefix(2000))")
        #expect(html.contains("data-id=\"org:ica\""), "ICA is not drawn")
        #expect(html.contains("data-id=\"org:president-archive\""), "the President's Archive is not drawn")
        let edge = #/<line[^>]*data-source="org:president-archive"[^>]*data-target="org:ica"[^>]*data-predicate="member_of"/#
        #expect(html.contains(edge), "no member_of edge from the President's Archive to ICA")
        // The details panel shows ICA's aliases and evidence with the mention marked.
        #expect(html.contains("<mark class=\"focus\" data-entity=\"org:ica\">"))

        let screenshot = ServerTestSupport.outputDirectory.appendingPathComponent("serve-browser-ica.png")
        try? FileManager.default.removeItem(at: screenshot)
        let shot = try await Task.detached { try Self.chromium(url, ["--screenshot=\(screenshot.path)"]) }.value
        #expect(shot.status == 0, "\(shot.stderrText.suffix(500))")
        let size = (try? FileManager.default.attributesOfItem(atPath: screenshot.path)[.size] as? Int) ?? 0
        #expect(size > 10_000, "no screenshot at \(screenshot.path)")
        print("note: browser screenshot: \(screenshot.path)")
    }

    @Test(.enabled(if: chromium != nil)) func deepLinkOpensAnEntityAndFiltersWork() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let dom = try await Task.detached { try Self.chromium("\(server.base)/#entity=org:president-archive", ["--dump-dom"]) }.value
        let html = String(decoding: dom.stdout, as: UTF8.self)
        #expect(html.contains("data-state=\"ready\""))
        for neighbour in ["org:ica", "place:astana", "person:aliya-mustafina", "event:ica-barcelona-2025"] {
            #expect(html.contains("data-id=\"\(neighbour)\""), "\(neighbour) missing")
        }
        #expect(html.contains("data-predicate=\"located_in\""))
        #expect(html.contains("data-type=\"person\""))
        #expect(html.contains("Қазақстан Республикасы Президентінің Архиві") || html.contains("aliases"))
    }
}
