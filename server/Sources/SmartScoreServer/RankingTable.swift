import Foundation
import SmartScore

/// The ranking as an HTML table, shared by the ranking and what-if pages: one row per city in the ranking's
/// order, each cell carrying its raw value (`data-value`) so that the script sorts by numbers, not by text,
/// and each row what the filters look at. Names and codes are text, escaped.
struct RankingTable {
    let result: ScoreResult
    let language: Language
    let dataset: String
    /// The year asked for, carried on to each city's page (nil: the default year, which the city page chooses too).
    let year: Int?
    /// Each city's 5–95 % rank interval, when asked for.
    var intervals: [RankInterval?]? = nil
    /// The cities (by index) whose rows are drawn hidden: those the page's filters leave out, which the
    /// script shows again as the filters change.
    var hidden: Set<Int> = []
    /// Each city's rank in the default ranking, for the what-if page's change column.
    var baseRanks: [String: Int]? = nil

    private var h: (String) -> String { Layout.h }

    func html(id: String) -> String {
        let t = Localizer(language), n = t.numbers
        let words = ScoringWording.reader(language, framework: result.framework)
        var headers: [(String, String, Bool)] = [("rank", t(.rank), true)]
        if baseRanks != nil { headers.append(("change", t(.dashboardRankChange), true)) }
        headers += [("name", t(.name), false), ("code", t(.code), false), ("province", t(.province), false), ("type", t(.type), false),
                    ("score", t(.index), true), ("level", t(.level), false)]
        if intervals != nil { headers.append(("interval", t(.rankRange90), true)) }
        headers += Framework.dimensionIDs.map { ($0, t.dimensionShort($0), true) }
        var out = "<table id=\"\(h(id))\" class=\"ranking\" data-dataset=\"\(h(dataset))\"\(year.map { " data-year=\"\($0)\"" } ?? "") data-lang=\"\(language.rawValue)\"><thead><tr>"
        for (key, label, numeric) in headers {
            out += "<th\(numeric ? " class=\"num\"" : "") data-key=\"\(key)\" data-numeric=\"\(numeric)\"><button type=\"button\" class=\"sort\">\(h(label))</button></th>"
        }
        out += "</tr></thead><tbody>"
        for k in result.order {
            let city = result.cities[k]
            let rank = result.ranks[k]
            out += "<tr\(hidden.contains(k) ? " hidden=\"hidden\"" : "") data-code=\"\(h(city.code))\" data-province=\"\(h(city.province ?? ""))\" data-type=\"\(h(city.type ?? ""))\""
            out += " data-search=\"\(h((city.name + " " + city.code).lowercased()))\"\(rank.map { " data-rank=\"\($0)\"" } ?? "")"
            out += " data-level=\"\(h(result.level(ofIndex: k)?.predicate ?? ""))\""
            out += baseRanks.flatMap { $0[city.code] }.map { " data-base-rank=\"\($0)\"" } ?? ""
            out += " data-score=\"\(result.index[k].isFinite ? String(result.index[k]) : "")\">"
            out += cell(rank.map(Double.init), rank.map { n.integer($0) } ?? "–", numeric: true)
            if let baseRanks {
                let change = rank.flatMap { r in baseRanks[city.code].map { $0 - r } }
                out += cell(change.map(Double.init), change.map { $0 > 0 ? "+\($0)" : String($0) } ?? "–", numeric: true)
            }
            let link = "/city/" + (city.code.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? "")
                + Layout.query(Pages.dataPairs(dataset, year))
            out += "<td data-value=\"\(h(city.name))\"><a href=\"\(h(link))\">\(h(city.name))</a></td>"
            out += cell(nil, city.code, numeric: false, sortText: city.code)
            out += cell(nil, city.province ?? "", numeric: false, sortText: city.province ?? "")
            out += cell(nil, city.type.map(typeName) ?? "", numeric: false, sortText: city.type ?? "")
            out += cell(result.index[k], n.score(result.index[k].isFinite ? result.index[k] : nil), numeric: true)
            let level = result.level(ofIndex: k)
            out += cell(nil, level.map(words.level) ?? "", numeric: false, sortText: level.flatMap { Level.allCases.firstIndex(of: $0) }.map(String.init) ?? "")
            if let intervals {
                let u = intervals[k]
                out += cell(u?.median, u.map { "\(n.score($0.p05, digits: 0))–\(n.score($0.p95, digits: 0))" } ?? "–", numeric: true)
            }
            for id in Framework.dimensionIDs {
                let score = result.dimensions.firstIndex(of: id).map { result.dimensionScores[k, $0] }.flatMap { $0.isNaN ? nil : $0 }
                out += cell(score, n.score(score), numeric: true)
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    func typeName(_ type: String) -> String {
        let t = Localizer(language)
        switch type {
        case "kota": return t(.dashboardTypeKota)
        case "kabupaten": return t(.dashboardTypeKabupaten)
        default: return type
        }
    }

    private func cell(_ value: Double?, _ text: String, numeric: Bool, sortText: String? = nil) -> String {
        let sortValue = numeric ? (value.map { String($0) } ?? "") : (sortText ?? text)
        return "<td\(numeric ? " class=\"num\"" : "") data-value=\"\(h(sortValue))\">\(h(text))</td>"
    }
}
