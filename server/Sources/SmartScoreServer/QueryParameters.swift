import Foundation
import Hummingbird
import SmartScore

/// The query parameters the pages and the API share, read strictly: a value that is not one of the
/// choices is a 400 naming the parameter, never silently the default.
struct QueryParameters {
    let request: Request

    /// The API reads an empty value (`samples=`) as a mistake; a page's form sends empty fields for "all"
    /// (`province=`), which a page reads as not given.
    var emptyIsMissing: Bool { !request.uri.path.hasPrefix("/api/") }

    func text(_ name: String, longest: Int = 200) throws -> String? {
        guard let raw = request.uri.queryParameters[Substring(name)].map(String.init) else { return nil }
        if raw.isEmpty {
            if emptyIsMissing { return nil }
            throw APIError.parameter(name, raw)
        }
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

    /// The dataset asked for (`dataset`), checked against the store: a name the store does not have is not
    /// found (404), whatever its characters (the store's names hold no control character).
    func dataset(_ dashboard: Dashboard) throws -> String {
        guard let raw = request.uri.queryParameters["dataset"].map(String.init) else { return try dashboard.dataset(named: nil) }
        if raw.isEmpty {
            if emptyIsMissing { return try dashboard.dataset(named: nil) }
            throw APIError.parameter("dataset", raw)
        }
        return try dashboard.dataset(named: raw)
    }

    /// The year asked for (`year`), checked against the dataset's years: a year it holds no value for is not
    /// found (404, naming its years); nil asks for the default year, as `rank` without `--year`.
    func year(_ dashboard: Dashboard, dataset: String) throws -> Int? {
        try dashboard.year(try integer("year", in: 1000...9999), in: dataset)
    }

    /// The method alone: `normalisation` and `aggregation`, the dimension weights the base's.
    func method() throws -> WhatIfSpec {
        WhatIfSpec(normalisation: try choice("normalisation", ScoringMethod.Normalisation.self) ?? .goalpost,
                   aggregation: try choice("aggregation", ScoringMethod.Aggregation.self) ?? .arithmetic)
    }

    /// The what-if method: `normalisation`, `aggregation`, and a weight per dimension named by its id
    /// (`governance=2&living=0.5`; a dimension left out weighs 1).
    func whatIf() throws -> WhatIfSpec {
        var spec = try method()
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
