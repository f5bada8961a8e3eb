import Foundation
import SmartScore

/// What the server was asked for on its command line, as plain values: the store and dataset, where to
/// listen, whether uploads are allowed (and the token that guards them), the default language and the limits.
public struct ServerSettings: Sendable {
    public var storePath: String
    /// The dataset pages and the API show when a request names none (nil: `default` when the store has it,
    /// else the store's first dataset).
    public var dataset: String?
    public var host: String
    public var port: Int
    /// Uploads (`POST /api/v1/datasets/{name}/import`) exist only when this is set, and then need `token`.
    public var allowImport: Bool
    public var token: String?
    public var language: Language
    public var paths: WorkspacePaths
    /// The largest upload accepted; anything larger is refused (413) before it is written anywhere.
    public var uploadLimit: Int
    /// The longest a request may take before it is answered 503.
    public var requestTimeout: Duration
    /// Monte Carlo runs the sensitivity summary may ask for at most: the bound of its work.
    public var mostSensitivitySamples: Int

    public init(storePath: String, dataset: String? = nil, host: String = "127.0.0.1", port: Int = 8080, allowImport: Bool = false,
                token: String? = nil, language: Language = .id, paths: WorkspacePaths, uploadLimit: Int = 16 << 20,
                requestTimeout: Duration = .seconds(30), mostSensitivitySamples: Int = 500) {
        self.storePath = storePath
        self.dataset = dataset
        self.host = host
        self.port = port
        self.allowImport = allowImport
        self.token = token
        self.language = language
        self.paths = paths
        self.uploadLimit = uploadLimit
        self.requestTimeout = requestTimeout
        self.mostSensitivitySamples = mostSensitivitySamples
    }
}
