import CompressNIO
import HTTPTypes
import Hummingbird

/// gzip for the answers worth it: text (HTML, JSON, CSS, JavaScript, YAML) of more than `minimumSize` bytes,
/// to a client whose Accept-Encoding takes gzip. The rows of the ranking page repeat the same markup: the
/// 514 regions' page, 426 KB of HTML, goes as 61 KB for 2.3 ms of zlib at level 3. Level 6 (zlib's default)
/// saves 7 KB more for twice the time: under load (64 connections, 2 cores) the pages are bound by CPU, and
/// on a meeting room's network 61 KB or 54 KB makes no difference one can see.
/// Every answer that could be compressed says `Vary: Accept-Encoding`, so that a cache never hands one
/// client's encoding to another.
struct CompressionMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Below about a kilobyte the gzip header and the work cost more than the bytes saved.
    static var minimumSize: Int { 1024 }
    static var zlib: ZlibConfiguration { ZlibConfiguration(compressionLevel: .compressionLevel3) }
    /// Media types (before any `; charset=`) that are text and compress well.
    static var compressibleTypes: Set<String> {
        ["text/html", "application/json", "text/css", "application/javascript", "text/javascript", "application/yaml"]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        // A body of unknown length is streamed: it is passed on as it comes (no answer here streams today).
        guard let length = response.body.contentLength, length > Self.minimumSize, response.headers[.contentEncoding] == nil,
              let type = response.headers[.contentType], Self.compressibleTypes.contains(Self.mediaType(type))
        else { return response }
        response.headers[values: .vary].append("Accept-Encoding")
        // A HEAD answer has no body to compress: its headers stay those of the uncompressed answer, which
        // HTTP allows (the length of the identity encoding, and no Content-Encoding that would contradict it).
        guard request.method != .head, AcceptEncoding(request.headers[values: .acceptEncoding]).allowsGzip else { return response }
        var body = try await BodyCollector.bytes(of: response.body)
        let compressed = try body.compress(with: .gzip(configuration: Self.zlib))
        response.headers[.contentEncoding] = "gzip"
        response.headers[.contentLength] = String(compressed.readableBytes)
        response.body = ResponseBody(byteBuffer: compressed)
        return response
    }

    /// `text/html; charset=utf-8` → `text/html`.
    static func mediaType(_ contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces).lowercased()
    }
}

/// A request's Accept-Encoding (RFC 9110 §12.5.3): whether gzip is acceptable. `gzip;q=0` refuses it, as does
/// a list that names neither gzip nor `*` (`identity` alone); `*` with a weight above zero accepts it unless
/// gzip itself is refused.
struct AcceptEncoding {
    /// Each coding named, lower case, with its weight (1 when none is given).
    let weights: [String: Double]

    init(_ values: [String]) {
        var weights: [String: Double] = [:]
        for item in values.flatMap({ $0.split(separator: ",") }) {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let coding = parts.first?.lowercased(), !coding.isEmpty else { continue }
            let q = parts.dropFirst().first { $0.lowercased().hasPrefix("q=") }.map { Double($0.dropFirst(2)) ?? 0 } ?? 1
            weights[coding == "x-gzip" ? "gzip" : coding] = q
        }
        self.weights = weights
    }

    var allowsGzip: Bool {
        if let q = weights["gzip"] { return q > 0 }
        return (weights["*"] ?? 0) > 0
    }
}

/// The bytes of a response body, gathered by writing it out (the answers here are one buffer each, already in memory).
private final class BodyCollector: ResponseBodyWriter {
    var bytes = ByteBuffer()

    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        bytes.writeBuffer(&buffer)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}

    static func bytes(of body: ResponseBody) async throws -> ByteBuffer {
        let collector = BodyCollector()
        try await body.write(collector)
        return collector.bytes
    }
}
