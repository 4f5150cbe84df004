import Foundation
import Hummingbird

extension ShejireServer {
    /// `GET /` (the graph browser) and `GET /assets/{name}` (its script, style, d3 and d3's licence).
    func addPageRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in try PageAssets.response(for: "index.html") }
        router.get("assets/{name}") { _, context in try PageAssets.response(for: try Self.parameter("name", context)) }
    }
}

/// The browser page's files, shipped as package resources (`Sources/ShejireServer/Resources`)
/// and read once.
enum PageAssets {
    static let contentTypes: [String: String] = [
        "index.html": "text/html; charset=utf-8",
        "app.js": "text/javascript; charset=utf-8",
        "app.css": "text/css; charset=utf-8",
        "d3.min.js": "text/javascript; charset=utf-8",
        "d3.LICENSE": "text/plain; charset=utf-8",
    ]

    /// File name -> contents; only the files above.
    static let files: [String: Data] = {
        var files: [String: Data] = [:]
        // Foundation on Linux reports a bundle holding a `Resources` folder with that folder as
        // its resource URL; elsewhere it is the bundle itself.
        let bundle = Bundle.module
        let directories = [bundle.resourceURL, bundle.resourceURL?.appendingPathComponent("Resources"), bundle.bundleURL.appendingPathComponent("Resources")]
        for name in contentTypes.keys {
            for directory in directories.compactMap({ $0 }) {
                if let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) {
                    files[name] = data
                    break
                }
            }
        }
        return files
    }()

    static func response(for name: String) throws -> Response {
        guard let type = contentTypes[name], let data = files[name] else {
            throw APIError.notFound("no asset \"\(name.prefix(40))\"")
        }
        return Response(
            status: .ok, headers: [.contentType: type, .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
