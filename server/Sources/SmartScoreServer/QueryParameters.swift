import Foundation
import Hummingbird
import SmartScore

/// The query parameters the pages and the API share, read strictly: a value that is not one of the
/// choices is a 400 naming the parameter, never silently the default.
struct QueryParameters {
    let request: Request

    func text(_ name: String, longest: Int = 200) throws -> String? {
        guard let raw = request.uri.queryParameters[Substring(name)].map(String.init), !raw.isEmpty else { return nil }
        guard raw.count <= longest, !raw.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw APIError.parameter(name, raw)
        }
        return raw
    }

    func choice<T: RawRepresentable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let raw = try text(name) else { return nil }
        guard let value = T(rawValue: raw) else { throw APIError.parameter(name, raw) }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let raw = try text(name) else { return nil }
        guard let value = Int(raw), range.contains(value) else { throw APIError.parameter(name, raw) }
        return value
    }

    func number(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let raw = try text(name) else { return nil }
        guard let value = Double(raw), value.isFinite, range.contains(value) else { throw APIError.parameter(name, raw) }
        return value
    }

    /// The dataset asked for (`dataset`), checked against the store.
    func dataset(_ dashboard: Dashboard) throws -> String { try dashboard.dataset(named: try text("dataset")) }

    /// The what-if method: `normalisation`, `aggregation`, and a weight per dimension named by its id
    /// (`governance=2&living=0.5`; a dimension left out weighs 1).
    func whatIf() throws -> WhatIfSpec {
        var spec = WhatIfSpec(normalisation: try choice("normalisation", ScoringMethod.Normalisation.self) ?? .goalpost,
                              aggregation: try choice("aggregation", ScoringMethod.Aggregation.self) ?? .arithmetic)
        for id in Framework.dimensionIDs {
            if let weight = try number(id, in: 0...WhatIfSpec.largestWeight) { spec.dimensions[id] = weight }
        }
        return spec
    }

    /// `province`, `type` (kota or kabupaten) and `top`: which cities are shown, as `rank` shows them.
    func filter() throws -> RankReport.Filter {
        let type = try text("type")
        if let type, !["kota", "kabupaten"].contains(type) { throw APIError.parameter("type", type) }
        return RankReport.Filter(province: try text("province"), type: type, top: try integer("top", in: 1...100_000))
    }
}
