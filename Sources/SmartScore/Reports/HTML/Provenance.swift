import Crypto
import Foundation

/// Where a report's numbers come from: enough to reproduce them.
public struct Provenance: Sendable {
    public let smartscoreVersion: String
    /// SHA-256 (first 16 hex digits) of the catalogue files, in load order.
    public let catalogueVersion: String
    public let catalogueFiles: [String]
    /// The data file or dataset, and the SHA-256 of each file it came from.
    public let dataSource: String
    public let dataHashes: [String]

    public init(catalogue: Catalogue, dataSource: String, dataHashes: [String]) {
        smartscoreVersion = SmartScoreInfo.version
        var hasher = SHA256()
        for file in catalogue.files {
            hasher.update(data: Data((file as NSString).lastPathComponent.utf8))
            if let data = FileManager.default.contents(atPath: file) { hasher.update(data: data) }
        }
        catalogueVersion = String(hasher.finalize().map { String(format: "%02x", $0) }.joined().prefix(16))
        catalogueFiles = catalogue.files.map { ($0 as NSString).lastPathComponent }
        self.dataSource = dataSource
        self.dataHashes = dataHashes
    }
}
