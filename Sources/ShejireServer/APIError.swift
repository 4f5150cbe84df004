import Foundation
import Hummingbird

/// An error answered as JSON: `{"error": {"status": 404, "code": "unknown-entity", "message": "..."}}`.
///
/// Every error the server returns has this body, whatever raised it (a handler, an unknown
/// route, a body over the size limit).
public struct APIError: Error, Sendable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    /// A stable, machine-readable code (`bad-request`, `unknown-entity`, `body-too-large`, ...).
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, code: String, _ message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    public var description: String { "\(status.code) \(code): \(message)" }

    static func badRequest(_ message: String, code: String = "bad-request") -> APIError { APIError(.badRequest, code: code, message) }
    static func notFound(_ message: String, code: String = "not-found") -> APIError { APIError(.notFound, code: code, message) }

    /// The JSON error response.
    func response() -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                var status: Int
                var code: String
                var message: String
            }
            var error: Detail
        }
        return JSONResponse.make(Body(error: .init(status: status.code, code: code, message: message)), status: status)
    }
}

/// Turns every error into a JSON error body: `APIError`s as they are, Hummingbird's
/// (unknown route 404, body too large 413, ...) with their status, anything else as 500.
struct JSONErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response()
        } catch let error as any HTTPResponseError {
            let status = error.status
            let code: String
            let message: String
            switch status {
            case .notFound:
                code = "not-found"
                message = "no such path: \(request.uri.path)"
            case .contentTooLarge:
                code = "body-too-large"
                message = "the request body is larger than the limit"
            case .methodNotAllowed:
                code = "method-not-allowed"
                message = "\(request.method.rawValue) is not allowed on \(request.uri.path)"
            default:
                code = "http-\(status.code)"
                message = status.reasonPhrase
            }
            return APIError(status, code: code, message).response()
        } catch {
            context.logger.error("request failed: \(error)")
            return APIError(.internalServerError, code: "internal", "\(error)").response()
        }
    }
}

/// JSON responses with sorted keys (deterministic bodies).
enum JSONResponse {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func data<T: Encodable>(_ value: T) -> Data {
        (try? encoder.encode(value)) ?? Data("{}".utf8)
    }

    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, callback: String? = nil) -> Response {
        var body = data(value)
        var contentType = "application/json; charset=utf-8"
        if let callback {
            body = Data((callback + "(").utf8) + body + Data(");".utf8)
            contentType = "application/javascript; charset=utf-8"
        }
        return Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func text(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
